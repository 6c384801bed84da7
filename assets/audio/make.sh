#!/usr/bin/env sh
# Makes the game's sounds with sox (apt-get install sox libsox-fmt-all): quiet, short, mono Ogg Vorbis.
# Run from this folder; the files are committed, so this is only needed to change a sound.
set -eu
sox -n -r 11025 -c 1 -C -1 room-tone.ogg synth 6 brownnoise lowpass 400 vol 0.5 fade q 0.3 6 0.3
sox -n -r 22050 -c 1 -C -1 chime.ogg synth 1.4 sine 660 sine 990 remix - fade p 0.01 1.4 1.3 vol 0.35
sox -n -r 22050 -c 1 -C -1 breach.ogg synth 0.7 sine 196 sine 147 remix - fade q 0.03 0.7 0.5 vol 0.4
sox -n -r 22050 -c 1 -C -1 tick.ogg synth 0.09 sine 1200 fade p 0.005 0.09 0.08 vol 0.3
sox -n -r 22050 -c 1 -C -1 warning.ogg synth 0.45 sine 523 : synth 0.55 sine 440 fade q 0.02 0.55 0.4 vol 0.3
