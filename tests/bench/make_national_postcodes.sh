#!/usr/bin/env bash
# Writes a deterministic national-scale pair of source files: N postcodes in
# Code-Point Open form (no header, 10 columns) and an Ofcom Connected Nations
# postcode-level file (2023 layout) for the same postcodes.
# Usage: make_national_postcodes.sh N OUTDIR
set -euo pipefail
n=$1
out=$2
mkdir -p "$out"
awk -v n="$n" -v codepoint="$out/codepoint_national.csv" -v ofcom="$out/202305_fixed_pc_coverage_r01_national.csv" '
BEGIN {
  srand(20251020)
  letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
  header = "postcode,postcode_space,postcode area,All Premises,All Matched Premises,SFBB availability (% premises),UFBB (100Mbit/s) availability (% premises),UFBB availability (% premises),Full Fibre availability (% premises),Gigabit availability (% premises),% of premises unable to receive 2Mbit/s,% of premises unable to receive 5Mbit/s,% of premises unable to receive 10Mbit/s,% of premises unable to receive 30Mbit/s,% of premises below the USO,% of premises with NGA,% of premises able to receive decent broadband from FWA"
  print header > ofcom
  for (i = 0; i < n; i++) {
    area = substr(letters, i % 26 + 1, 1) substr(letters, int(i / 26) % 26 + 1, 1)
    district = int(i / 676) % 99 + 1
    k = int(i / 66924)
    inward = (k % 10) substr(letters, int(k / 10) % 26 + 1, 1) substr(letters, int(k / 260) % 26 + 1, 1)
    pc = area district " " inward
    e = 150000 + int(rand() * 500000)
    nn = 20000 + int(rand() * 900000)
    printf "\"%s\",10,%d,%d,\"E92000001\",\"E19000001\",\"E18000002\",\"E10000017\",\"E07000121\",\"E05014890\"\n", pc, e, nn > codepoint
    g = int(rand() * 1000) / 10
    compact = area district inward
    printf "%s,%s,%s,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,0,0,%.1f,%.1f,%.1f,99,0\n", compact, pc, area, 1 + int(rand() * 40), 1, 100 - g / 10, g, g, g * 0.9, g, g / 50, g / 20, g / 60 > ofcom
  }
}'
