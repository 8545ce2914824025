#!/usr/bin/env python3
"""Where a JVM's request threads spend their CPU, from a JFR recording (BENCH_JFR=1).

    python3 benchmarks/jfr/samples_by_layer.py RECORDING.jfr [THREAD_REGEX] [FROM] [TO]

Reads jdk.ExecutionSample events of threads matching THREAD_REGEX (default: Tomcat's request
threads), optionally between FROM and TO (HH:MM:SS, the recording's clock), and counts each sample
once for the library layer of its leaf-most frame that belongs to a known package (Tomcat, Spring
MVC, Spring Security, Jackson, pgjdbc, ...). Then prints the share of samples that had each of our
own methods (org.crewtraining) on the stack. docs/performance.md section 0 used it.
"""
import collections
import re
import subprocess
import sys

LAYERS = [
    ("crypto", "javax.crypto"), ("crypto", "com.sun.crypto"), ("crypto", "sun.security"),
    ("pgjdbc", "org.postgresql"), ("hikari", "com.zaxxer"), ("jackson", "tools.jackson"),
    ("jackson", "com.fasterxml"), ("micrometer", "io.micrometer"), ("logging", "ch.qos"),
    ("logging", "org.slf4j"), ("avro", "org.apache.avro"), ("kafka-client", "org.apache.kafka"),
    ("spring-security", "org.springframework.security"), ("validation", "org.hibernate.validator"),
    ("spring-jdbc", "org.springframework.jdbc"), ("spring-tx", "org.springframework.transaction"),
    ("spring-mvc", "org.springframework.web"), ("spring-http", "org.springframework.http"),
    ("spring-core", "org.springframework"), ("crew", "org.crewtraining"),
    ("tomcat", "org.apache.tomcat"), ("tomcat", "org.apache.coyote"), ("tomcat", "org.apache.catalina"),
    ("jdk-nio", "sun.nio"),
]


def main():
    recording = sys.argv[1]
    threads = re.compile(sys.argv[2] if len(sys.argv) > 2 else "http-nio")
    start = sys.argv[3] if len(sys.argv) > 3 else "00:00:00"
    end = sys.argv[4] if len(sys.argv) > 4 else "99:99:99"
    text = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "250", recording],
        capture_output=True, text=True, check=True).stdout
    layers, ours, n = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        time = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
        if not thread or not threads.search(thread.group(1)) or not time:
            continue
        if not start <= time.group(1) <= end:
            continue
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
        if not frames:
            continue
        n += 1
        layer = next((name for f in frames for name, prefix in LAYERS if f.startswith(prefix)), "jdk/other")
        layers[layer] += 1
        for frame in {f for f in frames if f.startswith("org.crewtraining") and "$$" not in f}:
            ours[frame] += 1
    print(f"{n} samples")
    for name, count in layers.most_common():
        print(f"{100 * count / max(n, 1):5.1f} %  {name}")
    print("-- our methods on the stack")
    for frame, count in ours.most_common(25):
        print(f"{100 * count / max(n, 1):5.1f} %  {frame}")


if __name__ == "__main__":
    main()
