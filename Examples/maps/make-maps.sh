#!/usr/bin/env bash
# Redraws the example lineage maps of this folder from the bundled default graph (Graphs/).
# Usage: Examples/maps/make-maps.sh        (from anywhere in the checkout)
set -euo pipefail
cd "$(dirname "$0")/../.."

swift build --product citegraph >/dev/null
citegraph="$(swift build --show-bin-path)/citegraph"
out=Examples/maps

for format in svg png; do
  # Where A/RES/71/244 (South-South cooperation) comes from: every resolution it cites.
  "$citegraph" render 71/244 -o "$out/a-res-71-244.$format"
  # Its whole lineage, ancestors and descendants, without the citations implied by longer paths.
  "$citegraph" render 71/244 --both --reduce -o "$out/a-res-71-244-lineage-reduced.$format"
  # Security Council resolution 435 (1978) on Namibia: 32 ancestors over four levels, reduced.
  "$citegraph" render "435 (1978)" --reduce -o "$out/s-res-435-1978-reduced.$format"
done
