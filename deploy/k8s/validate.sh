#!/usr/bin/env bash
# Checks the manifests of deploy/k8s without a cluster:
#   1. YAML syntax (python3 with PyYAML: Debian's python3-yaml, installed when missing);
#   2. against the Kubernetes API's types (fabric8's model from Maven Central, validate/Validate.java): known
#      apiVersion/kind, no unknown fields, values of the right type, selectors that match their pod templates;
#   3. the kustomization lists every manifest but the example secret.
# Needs Java 17 and Maven Central (through the repository's Maven wrapper) the first time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
say() { echo "k8s-validate: $*" >&2; }
manifests=(*.yaml)

python3 -c 'import yaml' 2>/dev/null || { say "installing python3-yaml"; apt-get install -y -qq python3-yaml >/dev/null; }
python3 - "${manifests[@]}" <<'PY'
import sys, yaml
count = 0
for name in sys.argv[1:]:
    with open(name) as f:
        docs = [d for d in yaml.safe_load_all(f) if d is not None]
    for d in docs:
        assert isinstance(d, dict) and "apiVersion" in d and "kind" in d, f"{name}: a document without apiVersion/kind"
    count += len(docs)
kustomization = yaml.safe_load(open("kustomization.yaml"))
listed = set(kustomization["resources"])
expected = {n for n in sys.argv[1:] if n not in ("kustomization.yaml", "secret.example.yaml")}
assert listed == expected, f"kustomization.yaml resources {sorted(listed)} != manifests {sorted(expected)}"
print(f"k8s-validate: YAML syntax OK: {count} documents in {len(sys.argv) - 1} files; kustomization lists every manifest", file=sys.stderr)
PY

classpath_file="$here/validate/target/classpath.txt"
if [ ! -s "$classpath_file" ]; then
  say "resolving fabric8's Kubernetes model from Maven Central"
  (cd "$root" && ./mvnw -B -q -ntp -f deploy/k8s/validate/pom.xml generate-resources) >&2
fi
java -cp "$(cat "$classpath_file")" "$here/validate/Validate.java" "${manifests[@]}"
