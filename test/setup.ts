import { Testing } from "cdktf";
// Declares cdktf's matchers (toHaveResourceWithProperties, ...) on jest's `expect`.
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
