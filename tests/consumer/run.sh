#!/usr/bin/env bash
# Consumer check: packs FitbitPlus and FitbitPlus.Testing into a temporary folder feed (with a unique prerelease
# version, so no cached package is reused), checks the packages' contents, then restores this project from that feed
# (outside FitbitPlus.sln), builds it and runs its test against the mock, then checks that a .NET 8 app on
# Microsoft.Extensions 8.x keeps its 8.x packages with them (check-floor.sh). Usage: tests/consumer/run.sh [--no-build]
# (--no-build packs the Debug binaries that `dotnet test FitbitPlus.sln` just built: seconds instead of minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
feed=$(mktemp -d)
trap 'rm -rf "$feed"' EXIT
version="0.0.0-consumer.$(date -u +%Y%m%d%H%M%S).$$"
pack_args=(-o "$feed" -p:PackageVersion="$version" --nologo -v q)
if [ "${1:-}" = "--no-build" ]; then
  pack_args+=(--no-build -c Debug)
else
  pack_args+=(-c Release)
fi

echo "== Consumer check: packing $version into $feed"
for project in FitbitPlus FitbitPlus.Testing; do
  dotnet pack "$root/src/$project" "${pack_args[@]}"
  nupkg="$feed/$project.$version.nupkg"
  snupkg="$feed/$project.$version.snupkg"
  [ -f "$snupkg" ] || { echo "missing symbols package $snupkg"; exit 1; }
  # Listings are captured first: with pipefail, grep -q closing a pipe early would fail the check.
  listing=$(unzip -l "$nupkg")
  nuspec=$(unzip -p "$nupkg" "$project.nuspec")
  symbols=$(unzip -l "$snupkg")
  for expected in "lib/net8.0/$project.dll" "lib/net10.0/$project.dll" "lib/net8.0/$project.xml" "README.md"; do
    grep -q "$expected" <<<"$listing" || { echo "$nupkg lacks $expected"; exit 1; }
  done
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || { echo "$nupkg: no MIT license expression"; exit 1; }
  grep -q '<repository type="git"' <<<"$nuspec" || { echo "$nupkg: no repository element"; exit 1; }
  grep -q "lib/net8.0/$project.pdb" <<<"$symbols" || { echo "$snupkg lacks the net8.0 pdb"; exit 1; }
done

echo "== Consumer check: restore from the feed, build, test"
dotnet test "$here/Consumer.Tests.csproj" -p:LocalFeed="$feed" -p:FitbitPlusVersion="$version" --nologo

# The same packages in an app on .NET 8 that keeps Microsoft.Extensions 8.x: nothing may lift it to 9 or later.
bash "$here/check-floor.sh" "$feed" "$version"
