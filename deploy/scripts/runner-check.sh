#!/usr/bin/env bash
# Lints and type-checks the sandbox runner (sandbox-images/python/runner): ruff and mypy, at the versions pinned in
# its requirements-check.txt, configured by its pyproject.toml. Exits non-zero on any finding.
# They run from a venv of Debian's CPython in .pygrade/venv-runner-check, set up again only when the pinned
# requirements change. mypy checks the runner against /usr/bin/python3 with Debian's python3-pytest and
# python3-hypothesis: the interpreter and the packages that the sandbox image is built from.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

runner="$ROOT/sandbox-images/python/runner"
requirements="$runner/requirements-check.txt"
venv="$STATE/venv-runner-check"
stamp="$venv/requirements.sha256"

apt_install python3 python3-pytest python3-hypothesis
wanted=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || [ ! -x "$venv/bin/ruff" ] || [ ! -x "$venv/bin/mypy" ] \
  || ! "$venv/bin/python" -c "" 2>/dev/null; then
  say "setting up $venv"
  rm -rf "$venv"
  if ! /usr/bin/python3 -m venv "$venv" >/dev/null 2>&1; then
    rm -rf "$venv"
    apt_install python3-venv  # Debian keeps ensurepip, which venv needs, in a package of its own
    /usr/bin/python3 -m venv "$venv" || die "/usr/bin/python3 -m venv $venv failed"
  fi
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements" \
    >"$STATE/logs/runner-check-pip.log" 2>&1 || die "installing $requirements failed; see $STATE/logs/runner-check-pip.log"
  echo "$wanted" >"$stamp"
fi

# Their caches go to .pygrade, not into the work tree.
export RUFF_CACHE_DIR="$STATE/cache/ruff" MYPY_CACHE_DIR="$STATE/cache/mypy"
cd "$runner"
failed=0
say "ruff check"
"$venv/bin/ruff" check --quiet . || failed=1
say "mypy"
"$venv/bin/mypy" --config-file pyproject.toml || failed=1
[ "$failed" -eq 0 ] || die "the runner has lint or type findings (above)"
say "ruff and mypy found nothing"
