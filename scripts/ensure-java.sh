#!/bin/sh
# Makes sure a Java runtime is there for the HTML check (vnu-jar needs Java >= 17). Called by .ci/run.
# Installs Debian's headless JRE when `java` is absent and we are root; otherwise it only says what is missing
# (scripts/check-html.ts then reports loudly that the check did not run).
set -eu
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-java: no java found; installing default-jre-headless…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless
  java -version
else
  echo "ensure-java: no java found and cannot install it here (needs root and apt-get); the HTML check will not run" >&2
fi
