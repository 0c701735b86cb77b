export const FW_RULE = "openstack_fw_rule_v2";
export const FW_POLICY = "openstack_fw_policy_v2";
export const FW_GROUP = "openstack_fw_group_v2";
