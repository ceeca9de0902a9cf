#!/usr/bin/env bash
# Makes the display board's Thai voice clips with espeak-ng's Thai voice: one WAV a line of
# clips.tsv (beside this script), named <key>.wav, 16 kHz mono 16-bit PCM, silence trimmed.
#
#   make-clips.sh [OUT_DIR]        (default: the folder of this script)
#
# These are machine-voiced stand-ins. A site replaces them with human recordings of the same
# words under the same file names (see app/voice/README.md); nothing else changes.
# Needs: espeak-ng (with its Thai voice), sox.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here}"
list="$here/clips.tsv"
rate="${SADUAK_CLIP_RATE:-16000}"
speed="${SADUAK_CLIP_SPEED:-140}" # words a minute; espeak-ng's 175 is hurried for a hall

for tool in espeak-ng sox; do
  command -v "$tool" >/dev/null || { echo "make-clips.sh: $tool is not installed" >&2; exit 1; }
done
espeak-ng --voices=th | grep -q '^ *[0-9]* *th ' \
  || { echo "make-clips.sh: espeak-ng has no Thai voice" >&2; exit 1; }

mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

count=0
while IFS=$'\t' read -r key words; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  espeak-ng -v th -s "$speed" -w "$work/raw.wav" "$words"
  # espeak-ng pads each word with ~0.4 s of silence; trimmed, the words follow like speech and
  # ClipVoice's own gap sets the rhythm. The trailing trim runs on the reversed sound.
  sox "$work/raw.wav" -b 16 -c 1 -r "$rate" "$out/$key.wav" \
    silence 1 0.01 0.3% reverse silence 1 0.01 0.3% reverse
  count=$((count + 1))
done <"$list"
echo "make-clips.sh: $count clips in $out"
