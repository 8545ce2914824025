#!/usr/bin/env python3
"""CPU per thread of a JVM between two times, from a JFR recording (jdk.ThreadCPULoad).

    python3 benchmarks/jfr/cpu_by_thread.py RECORDING.jfr FROM TO

FROM and TO are HH:MM:SS on the recording's clock. Numbered threads are summed under one name
(http-nio-#-exec-#). Shares are of the whole machine, averaged over the periods in the window; the
JIT compiler threads show up here, unlike in execution samples. docs/performance.md section 0.
"""
import collections
import re
import subprocess
import sys


def main():
    recording, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
    text = subprocess.run(["jfr", "print", "--events", "jdk.ThreadCPULoad", recording],
                          capture_output=True, text=True, check=True).stdout
    load, periods = collections.Counter(), set()
    for event in text.split("jdk.ThreadCPULoad")[1:]:
        time = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
        if not time or not start <= time.group(1) <= end:
            continue
        periods.add(time.group(1))
        user = float(re.search(r"user = ([\d.]+)%", event).group(1))
        system = float(re.search(r"system = ([\d.]+)%", event).group(1))
        thread = re.search(r'eventThread = "([^"]*)"', event).group(1)
        load[re.sub(r"\d+", "#", thread)] += user + system
    print(f"{len(periods)} periods")
    for thread, total in load.most_common(15):
        print(f"{total / max(len(periods), 1):6.1f} %  {thread}")


if __name__ == "__main__":
    main()
