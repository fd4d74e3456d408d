#!/bin/sh
# Stands in for whisper-cli in the killed-engine test: a build that uses an instruction the CPU or OS
# does not allow dies of SIGILL, which can't be produced on demand with the real engine. It reports its
# CPU variant the way ggml does, then kills itself with SIGILL (no core file).
echo "load_backend: loaded CPU backend from /opt/call-review/whisper/libggml-cpu-sapphirerapids.so" >&2
ulimit -c 0
kill -ILL $$
