// The offline OpenStack provider: a Terraform plugin process serving the provider's schema.
// Terraform starts it; it answers go-plugin's handshake on stdout and serves gRPC on loopback.
import * as fs from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { providerSchemaFrom } from "./schema";
import { createServer } from "./server";
import { serverCertificate } from "./tls";

const MAGIC_COOKIE_KEY = "TF_PLUGIN_MAGIC_COOKIE";
const MAGIC_COOKIE_VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
const CORE_PROTOCOL_VERSION = 1;
const PROVIDER_PROTOCOL_VERSION = 5;

if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
  console.error(
    "This is a Terraform provider plugin (rcc's offline OpenStack provider); Terraform starts it, not you.",
  );
  process.exit(1);
}
const schemaFile = process.env.RCC_PROVIDER_SCHEMA;
if (!schemaFile) {
  console.error("RCC_PROVIDER_SCHEMA must name a `terraform providers schema -json` file");
  process.exit(1);
}
const schema = providerSchemaFrom(JSON.parse(fs.readFileSync(schemaFile, "utf8")), schemaFile);
const server = createServer(schema, () => server.tryShutdown(() => process.exit(0)));

/** TLS as Terraform asks for it (PLUGIN_CLIENT_CERT), or plain gRPC under TF_DISABLE_PLUGIN_TLS. */
async function credentials(): Promise<{ credentials: grpc.ServerCredentials; handshakeCert?: string }> {
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  if (!clientCert) return { credentials: grpc.ServerCredentials.createInsecure() };
  const own = await serverCertificate();
  const tls = grpc.ServerCredentials.createSsl(
    Buffer.from(clientCert),
    [{ private_key: Buffer.from(own.keyPem), cert_chain: Buffer.from(own.certPem) }],
    true,
  );
  return { credentials: tls, handshakeCert: own.handshake };
}

credentials().then(({ credentials, handshakeCert }) =>
  server.bindAsync("127.0.0.1:0", credentials, (error, port) => {
    if (error) throw error;
    const fields = [CORE_PROTOCOL_VERSION, PROVIDER_PROTOCOL_VERSION, "tcp", `127.0.0.1:${port}`, "grpc"];
    process.stdout.write(`${[...fields, ...(handshakeCert ? [handshakeCert] : [])].join("|")}\n`);
  }),
);
