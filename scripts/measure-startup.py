#!/usr/bin/env python3
"""Measures HipAid's cold start and resident memory, as a black box (the app is not instrumented).

    scripts/measure-startup.py [path/to/hipaid] [runs]      default: target/release/hipaid-desktop, 5

Start = the moment the process is spawned. "First screen painted" = the start screen's primary
button colour (--accent, #0b57a4) covers at least 2,000 pixels of the X display, read with `xwd`
in a loop; the loop's period is printed as the measurement resolution. Memory = RSS and PSS (from
/proc/<pid>/smaps_rollup) summed over the app and its WebKit child processes, 3 s after the first
paint. Each run gets a fresh XDG_DATA_HOME, so no preference or WebKit cache carries over.
Needs Xvfb (xvfb-run) and xwd (Debian: xvfb xauth x11-apps); re-runs itself under xvfb-run when
there is no DISPLAY. Run 1 is the coldest (the binary and WebKit are least cached).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ACCENT = (0x0B, 0x57, 0xA4)
PAINTED_PIXELS = 2000


def accent_pixels() -> int:
    dump = subprocess.run(["xwd", "-root", "-silent"], capture_output=True, check=False).stdout
    # 24-bit visuals are dumped as 32-bit pixels; count the colour in either byte order.
    return dump.count(bytes(ACCENT)) + dump.count(bytes(reversed(ACCENT)))


def descendants(pid: int) -> list[int]:
    out = [pid]
    children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    for child in children.split():
        out.extend(descendants(int(child)))
    return out


def memory_kib(pid: int) -> tuple[int, int, int]:
    rss = pss = count = 0
    for p in descendants(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                fields = {line.split(":")[0]: int(line.split()[1]) for line in f if line.split()[1:2] and line.split()[1].isdigit()}
        except OSError:
            continue
        rss += fields.get("Rss", 0)
        pss += fields.get("Pss", 0)
        count += 1
    return rss, pss, count


def main() -> int:
    app = sys.argv[1] if len(sys.argv) > 1 else "target/release/hipaid-desktop"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    if not os.access(app, os.X_OK):
        print(f"no app binary at {app} (cargo build --release -p hipaid-app --features custom-protocol)", file=sys.stderr)
        return 1
    if not os.environ.get("DISPLAY"):
        os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", sys.executable, *sys.argv])
    for tool in ("xwd", "ps"):
        if not shutil.which(tool):
            print(f"needs {tool}", file=sys.stderr)
            return 1

    samples = []
    for _ in range(10):
        t = time.perf_counter()
        accent_pixels()
        samples.append((time.perf_counter() - t) * 1000)
    print(f"binary: {app} ({os.path.getsize(app) / 1e6:.1f} MB); screen sampled every ~{statistics.median(samples):.0f} ms")
    print(f"{'run':<4} {'first_paint_ms':>14} {'rss_mib':>8} {'pss_mib':>8} {'procs':>5}")
    paints, rsss, psss = [], [], []
    for run in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as data:
            env = dict(os.environ, XDG_DATA_HOME=data)
            start = time.perf_counter()
            proc = subprocess.Popen([app], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            painted = None
            while time.perf_counter() - start < 30:
                if accent_pixels() >= PAINTED_PIXELS:
                    painted = (time.perf_counter() - start) * 1000
                    break
            time.sleep(3)
            rss, pss, count = memory_kib(proc.pid)
            proc.terminate()
            proc.wait(timeout=10)
        paint_text = f"{painted:.0f}" if painted is not None else "timeout"
        print(f"{run:<4} {paint_text:>14} {rss / 1024:>8.0f} {pss / 1024:>8.0f} {count:>5}")
        if painted is not None:
            paints.append(painted)
        rsss.append(rss / 1024)
        psss.append(pss / 1024)
        time.sleep(1)
    if paints:
        print(f"median first paint {statistics.median(paints):.0f} ms (min {min(paints):.0f}, max {max(paints):.0f}); "
              f"median RSS {statistics.median(rsss):.0f} MiB, PSS {statistics.median(psss):.0f} MiB")
    return 0 if len(paints) == runs else 1


if __name__ == "__main__":
    sys.exit(main())
