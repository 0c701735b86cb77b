"""Cinder's fake logging driver (python3-cinder's tests package) with the one call it lacks:
extend_volume, which the fake LVM under it does not have. It stores nothing either way."""
from cinder.tests.fake_driver import FakeLoggingVolumeDriver
from cinder.volume import volume_utils


class ExtendableFakeDriver(FakeLoggingVolumeDriver):
    @volume_utils.trace_method
    def extend_volume(self, volume, new_size):
        pass
