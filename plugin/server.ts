import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { JsonSchema, ProviderSchema, toProtoSchema } from "./schema";
import { decodeValue, encodeValue, planCreate, placeholderRead, Value } from "./values";

type Handler = (request: Record<string, unknown>) => Record<string, unknown>;
type DynamicValue = { msgpack?: Uint8Array; json?: Uint8Array } | null | undefined;

const PROTO_DIR = path.join(__dirname, "proto");
const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
};

const dynamic = (value: Value) => ({ msgpack: Buffer.from(encodeValue(value)) });
const read = (value: DynamicValue) => {
  if (value?.json && value.json.length > 0 && !(value.msgpack && value.msgpack.length > 0)) {
    return JSON.parse(Buffer.from(value.json).toString("utf8")) as Value;
  }
  return decodeValue(value?.msgpack);
};

/**
 * The provider's RPCs, answered from the schema alone: validation adds no diagnostics of its
 * own (Terraform checks the configuration against the schema), planning a create leaves every
 * unset computed attribute unknown, data sources return typed placeholders, and apply refuses.
 */
export function providerHandlers(schema: ProviderSchema): Record<string, Handler> {
  const blockOf = (kinds: Record<string, JsonSchema>, typeName: string) => {
    const found = kinds[typeName];
    if (!found) throw new Error(`unknown type ${typeName}`);
    return found.block;
  };
  let schemaResponse: Record<string, unknown> | undefined;
  return {
    GetSchema: () =>
      (schemaResponse ??= {
        provider: toProtoSchema(schema.provider),
        resource_schemas: mapValues(schema.resource_schemas, toProtoSchema),
        data_source_schemas: mapValues(schema.data_source_schemas, toProtoSchema),
        diagnostics: [],
        server_capabilities: { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false },
      }),
    PrepareProviderConfig: (r) => ({ prepared_config: r.config, diagnostics: [] }),
    ValidateResourceTypeConfig: () => ({ diagnostics: [] }),
    ValidateDataSourceConfig: () => ({ diagnostics: [] }),
    Configure: () => ({ diagnostics: [] }),
    UpgradeResourceState: (r) => {
      const raw = (r.raw_state as { json?: Uint8Array } | undefined)?.json;
      const state = raw && raw.length > 0 ? (JSON.parse(Buffer.from(raw).toString("utf8")) as Value) : null;
      return { upgraded_state: dynamic(state), diagnostics: [] };
    },
    ReadResource: (r) => ({ new_state: r.current_state, diagnostics: [] }),
    PlanResourceChange: (r) => {
      const proposed = read(r.proposed_new_state as DynamicValue);
      const prior = read(r.prior_state as DynamicValue);
      if (proposed === null || prior !== null) return { planned_state: r.proposed_new_state, diagnostics: [] };
      const block = blockOf(schema.resource_schemas, String(r.type_name));
      return { planned_state: dynamic(planCreate(block, proposed)), diagnostics: [] };
    },
    ApplyResourceChange: () => ({
      diagnostics: [
        {
          severity: "ERROR",
          summary: "rcc's offline provider cannot apply",
          detail: "It serves the OpenStack schema for validate and plan only. Deploy with the real provider.",
        },
      ],
    }),
    ReadDataSource: (r) => {
      const typeName = String(r.type_name);
      const state = placeholderRead(
        typeName,
        blockOf(schema.data_source_schemas, typeName),
        read(r.config as DynamicValue),
      );
      return { state: dynamic(state), diagnostics: [] };
    },
    Stop: () => ({ Error: "" }),
  };
}

/** A gRPC server with the provider, go-plugin's controller and the health check. */
export function createServer(schema: ProviderSchema, onShutdown: () => void): grpc.Server {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": 256 << 20,
    "grpc.max_send_message_length": 256 << 20,
  });
  server.addService(service("tfplugin5.proto", "tfplugin5.Provider"), unary(providerHandlers(schema)));
  server.addService(service("go-plugin.proto", "plugin.GRPCController"), {
    Shutdown: (_call: unknown, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(onShutdown);
    },
  });
  server.addService(service("health.proto", "grpc.health.v1.Health"), {
    Check: (_call: unknown, callback: grpc.sendUnaryData<object>) => callback(null, { status: "SERVING" }),
  });
  return server;
}

/** A service definition from one of our .proto files, by its fully qualified name. */
function service(file: string, name: string): grpc.ServiceDefinition {
  const root = grpc.loadPackageDefinition(protoLoader.loadSync(path.join(PROTO_DIR, file), LOADER_OPTIONS));
  const found = name.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root);
  return (found as grpc.ServiceClientConstructor).service;
}

function unary(handlers: Record<string, Handler>): grpc.UntypedServiceImplementation {
  return mapValues(
    handlers,
    (handler) =>
      (call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        try {
          callback(null, handler(call.request));
        } catch (error) {
          callback({ code: grpc.status.INTERNAL, details: error instanceof Error ? error.message : String(error) });
        }
      },
  );
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}
