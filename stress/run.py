"""make stress: the whole stress run, printed as a table (all zeros is the target).

    python stress/run.py [--kills 100] [--inputs 2000] [--writers 10] [--seed 1]
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=100, help="kill -9 runs (import, attendance, merge, edits)")
    parser.add_argument("--inputs", type=int, default=2_000, help="mutated inputs for each reader")
    parser.add_argument("--writers", type=int, default=10, help="runs of two writers at once")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    tallies = []
    for label, run in (("kill -9", lambda: harness.kill_runs(args.kills, args.seed)),
                       ("full disk", harness.full_disk_runs),
                       ("two writers", lambda: harness.two_writer_runs(args.writers)),
                       ("readers", lambda: harness.fuzz_runs(args.inputs, args.seed)), ):
        print(f"... {label}", file=sys.stderr, flush=True)
        tallies += run()
    print(harness.table(tallies))
    print(f"({time.monotonic() - started:.0f} s)")
    return 1 if any(tally.failures for tally in tallies) else 0


if __name__ == "__main__":
    sys.exit(main())
