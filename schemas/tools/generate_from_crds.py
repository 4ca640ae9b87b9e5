#!/usr/bin/env python3
"""Regenerates the schemas derived from Istio's and Aeraki's CRDs (Apache-2.0).

Usage (from the repository root):  python3 schemas/tools/generate_from_crds.py [VENDOR_DIR]
VENDOR_DIR defaults to ../shared/vendor-schemas. Needs PyYAML.

Conversion of each CRD's openAPIV3Schema `spec` to JSON Schema draft-07:
  * `description`, `format` and every `x-kubernetes-*` key are dropped;
  * `nullable: true` becomes a `["<type>", "null"]` type;
  * `x-kubernetes-int-or-string` keeps the CRD's `anyOf: [integer, string]`;
  * the CEL rules `duration(self) >= duration('1ms')` and `0 < self && self <= 65535` become a
    duration pattern and a 1..65535 range; other CEL rules are left to the compiler's semantic checks;
  * every object that lists its `properties` is closed (`additionalProperties: false`), because the
    API server prunes or rejects unknown fields and a typo should fail here, not silently later;
  * subtrees repeated verbatim (a DestinationRule's traffic policy, ...) move to `definitions`;
  * the stricter rules in TIGHTEN are applied (where the compiler would otherwise fail later).
The hand-written schemas (service, meshsettings, addresslock, routetest) are not touched.
"""
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
VENDOR = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "vendor-schemas"

DURATION = {"$ref": "#/definitions/duration"}
PORT = {"type": "integer", "minimum": 1, "maximum": 65535}
PERCENT = {"type": "number", "minimum": 0, "maximum": 100}
WEIGHT = {"type": "integer", "minimum": 0, "maximum": 100}

KINDS = {
    # kind: (file, crd file, served version whose schema is used, apiVersions accepted)
    "MetaRouter": ("aeraki-crds.yaml", "v1alpha1", ["metaprotocol.aeraki.io/v1alpha1"]),
    "ApplicationProtocol": ("aeraki-crds.yaml", "v1alpha1", ["metaprotocol.aeraki.io/v1alpha1"]),
    "RedisService": ("aeraki-crds.yaml", "v1alpha1", ["redis.aeraki.io/v1alpha1"]),
    "RedisDestination": ("aeraki-crds.yaml", "v1alpha1", ["redis.aeraki.io/v1alpha1"]),
    "DubboAuthorizationPolicy": ("aeraki-crds.yaml", "v1alpha1", ["dubbo.aeraki.io/v1alpha1"]),
    "ServiceEntry": ("istio-networking-crds.yaml", "v1", None),
    "DestinationRule": ("istio-networking-crds.yaml", "v1", None),
    "VirtualService": ("istio-networking-crds.yaml", "v1", None),
    "Gateway": ("istio-networking-crds.yaml", "v1", None),
}
ISTIO_VERSIONS = ["networking.istio.io/v1alpha3", "networking.istio.io/v1beta1", "networking.istio.io/v1"]


def convert(node):
    if isinstance(node, list):
        return [convert(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ("description", "format", "nullable") or key.startswith("x-kubernetes-"):
            continue
        out[key] = convert(value)
    if node.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    for rule in node.get("x-kubernetes-validations", []):
        if rule["rule"].startswith("duration(self)"):
            return dict(DURATION)
        if rule["rule"] == "0 < self && self <= 65535":
            out["minimum"], out["maximum"] = 1, 65535
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def at(schema, path):
    """Walks a dotted path of property names; `[]` steps into array items, `{}` into map values."""
    node = schema
    for part in path.split("."):
        if part == "[]":
            node = node["items"]
        elif part == "{}":
            node = node["additionalProperties"]
        else:
            node = node["properties"][part]
    return node


def require(schema, path, *names):
    node = at(schema, path) if path else schema
    node["required"] = sorted(set(node.get("required", [])) | set(names))


def replace(schema, path, value):
    parent, _, name = path.rpartition(".")
    node = at(schema, parent) if parent else schema
    node["properties"][name] = dict(value)


def non_empty(schema, path):
    at(schema, path)["minLength"] = 1


def tighten_metarouter(s):
    require(s, "", "hosts")
    at(s, "hosts")["minItems"] = 1
    non_empty(s, "hosts.[]")
    route = "routes.[]"
    require(s, route, "route")
    at(s, route + ".route")["minItems"] = 1
    require(s, route + ".route.[]", "destination")
    for dest in (route + ".route.[].destination", route + ".mirror"):
        require(s, dest, "host")
        non_empty(s, dest + ".host")
        replace(s, dest + ".port.number", PORT)
    replace(s, route + ".route.[].weight", WEIGHT)
    replace(s, route + ".mirrorPercentage.value", PERCENT)
    for mutation in ("requestMutation", "responseMutation"):
        require(s, route + "." + mutation + ".[]", "key", "value")
    for bucket in ("localRateLimit.tokenBucket", "localRateLimit.conditions.[].tokenBucket"):
        require(s, bucket, "fillInterval")
        replace(s, bucket + ".fillInterval", DURATION)
        at(s, bucket + ".maxTokens")["minimum"] = 0
        at(s, bucket + ".tokensPerFill")["minimum"] = 0
    require(s, "globalRateLimit", "domain", "rateLimitService", "requestTimeout", "descriptors")
    replace(s, "globalRateLimit.requestTimeout", DURATION)
    at(s, "globalRateLimit.descriptors")["minItems"] = 1
    require(s, "globalRateLimit.descriptors.[]", "descriptorKey", "property")


def tighten_applicationprotocol(s):
    require(s, "", "protocol", "codec")
    non_empty(s, "protocol")
    non_empty(s, "codec")


def tighten_redisservice(s):
    require(s, "", "host")
    at(s, "host")["minItems"] = 1
    non_empty(s, "host.[]")
    require(s, "redis.[]", "route")
    for dest in ("redis.[].route", "redis.[].mirror.[].route"):
        require(s, dest, "host")
        replace(s, dest + ".port", PORT)
    require(s, "redis.[].mirror.[]", "route")
    replace(s, "redis.[].mirror.[].percentage.value", PERCENT)
    replace(s, "faults.[].percentage.value", PERCENT)
    replace(s, "faults.[].delay", DURATION)
    replace(s, "settings.opTimeout", DURATION)
    replace(s, "settings.bufferFlushTimeout", DURATION)
    at(s, "settings.maxBufferSizeBeforeFlush")["minimum"] = 0
    require(s, "settings.auth.secret", "name")


def tighten_redisdestination(s):
    require(s, "", "host")
    non_empty(s, "host")
    tcp = "trafficPolicy.connectionPool.tcp"
    replace(s, tcp + ".connectTimeout", DURATION)
    replace(s, tcp + ".tcpKeepalive.time", DURATION)
    replace(s, tcp + ".tcpKeepalive.interval", DURATION)
    at(s, tcp + ".tcpKeepalive.probes")["minimum"] = 0
    require(s, "trafficPolicy.connectionPool.redis.auth.secret", "name")


def tighten_dubboauthorizationpolicy(s):
    pass


def tighten_serviceentry(s):
    replace(s, "ports.[].number", PORT)


def tighten_destinationrule(s):
    non_empty(s, "host")


def tighten_virtualservice(s):
    for kind in ("http", "tcp", "tls"):
        replace(s, kind + ".[].route.[].weight", WEIGHT)
        replace(s, kind + ".[].route.[].destination.port.number", PORT)


def tighten_gateway(s):
    replace(s, "servers.[].port.number", PORT)


def close_ports(node):
    """Every PortSelector (`port: {number}`) addresses a real port: 1..65535."""
    if isinstance(node, dict):
        port = node.get("properties", {}).get("port")
        if isinstance(port, dict) and set(port.get("properties", {})) == {"number"}:
            port["properties"]["number"] = dict(PORT)
        for value in node.values():
            close_ports(value)
    elif isinstance(node, list):
        for value in node:
            close_ports(value)


def extract_definitions(spec):
    """Moves object subtrees that occur more than once into definitions (largest first)."""
    definitions = {}
    while True:
        counts, names = {}, {}

        def visit(node, name):
            if isinstance(node, dict):
                if node.get("type") == "object" and "properties" in node:
                    text = json.dumps(node, sort_keys=True)
                    if len(text) > 400:
                        counts[text] = counts.get(text, 0) + 1
                        names.setdefault(text, name)
                for key, value in node.items():
                    visit(value, key if key not in ("properties", "items", "additionalProperties") else name)
            elif isinstance(node, list):
                for value in node:
                    visit(value, name)

        visit(spec, "spec")
        repeated = [t for t, c in counts.items() if c > 1]
        if not repeated:
            return definitions
        text = max(repeated, key=len)
        name = names[text]
        while name in definitions:
            name += "_"
        definitions[name] = json.loads(text)

        def swap(node):
            if isinstance(node, dict):
                for key, value in list(node.items()):
                    if isinstance(value, dict) and json.dumps(value, sort_keys=True) == text:
                        node[key] = {"$ref": "#/definitions/" + name}
                    else:
                        swap(value)
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    if isinstance(value, dict) and json.dumps(value, sort_keys=True) == text:
                        node[i] = {"$ref": "#/definitions/" + name}
                    else:
                        swap(value)

        swap(spec)
        for definition in definitions.values():
            swap(definition)


KEY_ORDER = ["$ref", "description", "type", "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum",
             "minItems", "maxItems", "maxProperties", "required", "properties", "additionalProperties", "items",
             "oneOf", "anyOf", "not"]


def ordered(node):
    """Readable key order: what a value is first, then its members."""
    if isinstance(node, list):
        return [ordered(n) for n in node]
    if not isinstance(node, dict):
        return node
    rank = {k: i for i, k in enumerate(KEY_ORDER)}
    keys = sorted(node, key=lambda k: (rank.get(k, len(KEY_ORDER)), k))
    under_properties = {"properties", "definitions"}
    return {k: (ordered_map(node[k]) if k in under_properties else ordered(node[k])) for k in keys}


def ordered_map(node):
    return {k: ordered(v) for k, v in sorted(node.items())}


def common_definitions():
    return json.loads((ROOT / "schemas" / "tools" / "common-definitions.json").read_text())


def build(kind, crd_file, version, api_versions):
    crds = [d for d in yaml.safe_load_all((VENDOR / crd_file).read_text()) if d]
    crd = next(d for d in crds if d["spec"]["names"]["kind"] == kind)
    openapi = next(v for v in crd["spec"]["versions"] if v["name"] == version)["schema"]["openAPIV3Schema"]
    spec = convert(openapi["properties"]["spec"])
    close_ports(spec)
    globals()["tighten_" + kind.lower()](spec)
    definitions = extract_definitions(spec)
    common = common_definitions()
    definitions.update(common)
    api_versions = api_versions or ISTIO_VERSIONS
    source = "Aeraki's CRD (aeraki-mesh/api)" if crd_file.startswith("aeraki") else "Istio's CRD (istio/api)"
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "https://aeraki-gitops.io/schemas/" + kind.lower() + ".schema.json",
        "$comment": (
            f"{kind}: spec derived from the openAPIV3Schema of {crd['metadata']['name']} {version} in {source}, "
            f"vendored as ../shared/vendor-schemas/{crd_file} (Apache-2.0). Generated by schemas/tools/generate_from_crds.py: "
            "unknown fields closed, durations and port/weight/percent ranges checked, required fields the compiler needs. "
            "Edit the generator, not this file."
        ),
        "title": kind,
        "type": "object",
        "required": ["apiVersion", "kind", "metadata", "spec"],
        "additionalProperties": False,
        "properties": {
            "apiVersion": {"enum": api_versions},
            "kind": {"enum": [kind]},
            "metadata": {"$ref": "#/definitions/objectMeta"},
            "spec": ordered(spec),
            "status": {"type": "object"},
        },
        "definitions": ordered_map(definitions),
    }
    target = ROOT / "schemas" / (kind.lower() + ".schema.json")
    target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {target.relative_to(ROOT)}")


def main():
    for kind, (crd_file, version, api_versions) in KINDS.items():
        build(kind, crd_file, version, api_versions)


if __name__ == "__main__":
    main()
