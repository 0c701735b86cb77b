import { municipalityOf, AuditRule } from "../rule";

/** Provider arguments that are secrets; clouds.yaml or the environment holds them at deploy time. */
const SECRETS = ["password", "token", "application_credential_id", "application_credential_secret", "key"];

export const providerCredentials: AuditRule = {
  id: "RCC-IAM-001",
  level: "error",
  title: "No credentials in a provider block",
  rationale: "Synthesized JSON is committed, reviewed and archived; a credential there is leaked.",
  fix: "Name a clouds.yaml entry (cloud) and keep credentials in clouds.yaml or OS_* variables.",
  check: ({ stacks }) =>
    stacks.flatMap((stack) =>
      Object.entries(stack.providers).flatMap(([provider, configurations]) =>
        configurations.flatMap((configuration, i) => {
          const found = SECRETS.filter((key) => configuration[key] !== undefined);
          if (found.length === 0) return [];
          return [
            {
              stack: stack.name,
              address: `provider.${provider}[${i}]`,
              municipality: municipalityOf(stack.name),
              message: `provider ${provider} sets ${found.join(", ")}`,
            },
          ];
        }),
      ),
    ),
};
