#!/usr/bin/env bash
# net8.0 floor check: builds tests/consumer/net8 (an app on .NET 8 that pins Microsoft.Extensions.Hosting 8.0.x) from
# the feed that run.sh packed, prints `dotnet list package --include-transitive`, and fails if any
# Microsoft.Extensions.* or System.* package resolves to major version 9 or later: the packages' net8.0 assets must
# leave an 8.x app on its 8.x line. Usage: tests/consumer/check-floor.sh FEED VERSION
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
project="$here/net8/Consumer.Net8.csproj"
# `dotnet list package` takes no -p: MSBuild reads these two properties from the environment.
export LocalFeed="$1" FitbitPlusVersion="$2"

echo "== Consumer check (net8.0 floor): build an app on Microsoft.Extensions.Hosting 8.0.x"
dotnet build "$project" --nologo -v q
listing=$(dotnet list "$project" package --include-transitive)
echo "$listing"
# Rows look like "   > Name   [requested]   resolved": the last field is the resolved version.
lifted=$(awk '$1 == ">" && $2 ~ /^(Microsoft\.Extensions\.|System\.)/ { split($NF, v, "."); if (v[1] + 0 >= 9) print $2, $NF }' <<<"$listing")
if [ -n "$lifted" ]; then
  echo "The net8.0 assets lift these packages past the 8.x line of a .NET 8 app:"
  echo "$lifted"
  exit 1
fi
echo "== Consumer check (net8.0 floor): no Microsoft.Extensions.* or System.* package of major version 9 or later"
