#!/usr/bin/env python3
"""Writes realistic, PII-free system logs: the input a log shipper carries
most of the time, and the case the redactor must pass through unchanged and
fast.

The mix: syslog (sshd, systemd, cron, sudo), kernel lines, HTTP access logs
in the combined format, JSON service logs, logfmt, Java stack traces and
HDFS-style lines. They are full of what looks like PII to a careless
detector and is not: IPs with ports, UUIDs, epoch milliseconds, block ids,
hashes, versions, durations, counts, query strings with numeric ids.

Deterministic for a given --seed. Usage:

    scripts/gen_logs.py --mb 200 --out target/throughput/pii_free.log
"""

import argparse
import os
import random
import sys

HOSTS = ["web-01", "web-02", "web-03", "api-7f9c", "db-2", "lb-east-1", "worker-12", "cache-3"]
USERS = ["deploy", "root", "ansible", "backup", "jenkins", "ubuntu", "nagios"]
SERVICES = ["router", "dialer", "ivr", "media", "recording", "queue", "billing-sync", "gateway"]
LEVELS = ["INFO"] * 8 + ["DEBUG"] * 4 + ["WARN"] * 2 + ["ERROR"]
PATHS = [
    "/api/v2/queues/{n}/stats",
    "/api/v1/health",
    "/static/js/app.{h}.js",
    "/v2/recordings/{u}",
    "/metrics",
    "/api/v2/calls/{u}/events",
    "/login",
    "/api/v1/agents/{n}/status",
    "/favicon.ico",
    "/api/v2/reports/daily?date=2025-11-{d:02d}&page={p}",
]
AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "curl/8.5.0",
    "Go-http-client/1.1",
    "kube-probe/1.31",
    "Prometheus/2.53.1",
    "python-requests/2.32.3",
]
JAVA_CLASSES = [
    "com.acme.queue.Dispatcher.dispatch",
    "com.acme.queue.RouteWorker.run",
    "org.springframework.web.servlet.DispatcherServlet.doDispatch",
    "org.apache.catalina.core.ApplicationFilterChain.doFilter",
    "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker",
    "java.base/java.lang.Thread.run",
    "io.netty.channel.AbstractChannelHandlerContext.invokeChannelRead",
    "com.zaxxer.hikari.pool.HikariPool.getConnection",
]
EXCEPTIONS = [
    "java.net.SocketTimeoutException: Read timed out",
    "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "java.lang.IllegalStateException: queue 17 is draining",
    "java.io.IOException: Broken pipe",
    "org.apache.kafka.common.errors.TimeoutException: Topic call-events not present in metadata after 60000 ms.",
]
KERNEL = [
    "eth0: link up, 1000 Mbps, full duplex, flow control rx/tx",
    "EXT4-fs (vda1): mounted filesystem with ordered data mode. Quota mode: none.",
    "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.",
    "nf_conntrack: nf_conntrack: table full, dropping packet",
    "Out of memory: Killed process {pid} (java) total-vm:{kb}kB, anon-rss:{kb2}kB, file-rss:0kB",
    "audit: type=1400 audit({epoch}.{ms}:{n}): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.lxd\" pid={pid}",
    "blk_update_request: I/O error, dev sda, sector {sector} op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0",
]
HDFS = [
    "INFO dfs.DataNode$PacketResponder: PacketResponder {r} for block blk_{blk} terminating",
    "INFO dfs.DataNode$DataXceiver: Receiving block blk_{blk} src: /{ip}:{port} dest: /{ip2}:50010",
    "INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: {ip}:50010 is added to blk_{blk} size {size}",
    "WARN dfs.DataNode$DataXceiver: {ip}:50010:Got exception while serving blk_{blk} to /{ip2}:",
]


class Gen:
    """One stream of lines with a clock that moves forward."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.t = 1764061200.0  # 2025-11-25T09:00:00Z

    def tick(self):
        self.t += self.r.expovariate(400.0)
        return self.t

    def ip(self):
        r = self.r
        if r.random() < 0.6:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        return "%d.%d.%d.%d" % (r.randrange(11, 223), r.randrange(256), r.randrange(256), r.randrange(1, 255))

    def uuid(self):
        h = "%032x" % self.r.getrandbits(128)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])

    def iso(self):
        t = self.tick()
        s = int(t)
        return "2025-11-25T%02d:%02d:%02d.%03dZ" % (s // 3600 % 24, s // 60 % 60, s % 60, int(t * 1000) % 1000)

    def syslog_ts(self):
        s = int(self.tick())
        return "Nov 25 %02d:%02d:%02d" % (s // 3600 % 24, s // 60 % 60, s % 60)

    def syslog(self):
        r = self.r
        host, pid = r.choice(HOSTS), r.randrange(300, 65000)
        kind = r.randrange(6)
        if kind == 0:
            msg = "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (
                pid, r.choice(USERS), self.ip(), r.randrange(1024, 65535), "%043x" % r.getrandbits(172))
        elif kind == 1:
            msg = "sshd[%d]: Disconnected from invalid user %s %s port %d [preauth]" % (
                pid, r.choice(["admin", "test", "oracle", "pi"]), self.ip(), r.randrange(1024, 65535))
        elif kind == 2:
            msg = "systemd[1]: Started Session %d of user %s." % (r.randrange(1, 99999), r.choice(USERS))
        elif kind == 3:
            msg = "CRON[%d]: (%s) CMD (/usr/local/bin/rotate --keep %d >/dev/null 2>&1)" % (
                pid, r.choice(USERS), r.randrange(3, 30))
        elif kind == 4:
            msg = "sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart %s" % (
                r.choice(USERS), r.randrange(8), r.choice(USERS), r.choice(SERVICES))
        else:
            msg = "dockerd[%d]: time=\"%s\" level=info msg=\"ignoring event\" container=%064x module=libcontainerd" % (
                pid, self.iso(), r.getrandbits(256))
        return "%s %s %s" % (self.syslog_ts(), host, msg)

    def kernel(self):
        r = self.r
        msg = r.choice(KERNEL).format(
            pid=r.randrange(300, 65000), kb=r.randrange(10**6, 10**7), kb2=r.randrange(10**5, 10**7),
            epoch=int(self.t), ms=r.randrange(1000), n=r.randrange(10**6), sector=r.randrange(10**9))
        return "%s %s kernel: [%d.%06d] %s" % (self.syslog_ts(), r.choice(HOSTS), r.randrange(10**6), r.randrange(10**6), msg)

    def access(self):
        r = self.r
        path = r.choice(PATHS).format(n=r.randrange(1, 5000), h="%08x" % r.getrandbits(32), u=self.uuid(),
                                      d=r.randrange(1, 29), p=r.randrange(1, 40))
        s = int(self.tick())
        return '%s - - [25/Nov/2025:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
            self.ip(), s // 3600 % 24, s // 60 % 60, s % 60, r.choice(["GET"] * 6 + ["POST", "PUT", "DELETE"]),
            path, r.choice([200] * 10 + [201, 204, 301, 304, 400, 404, 500, 503]), r.randrange(0, 200000), r.choice(AGENTS))

    def json(self):
        r = self.r
        kind = r.randrange(3)
        if kind == 0:
            body = '"event":"call.ended","callId":"%s","queue":%d,"durationMs":%d,"codec":"opus","mos":%.2f' % (
                self.uuid(), r.randrange(1, 300), r.randrange(100, 3600000), r.uniform(2.5, 4.5))
        elif kind == 1:
            body = '"event":"http.request","method":"GET","path":"/api/v2/queues/%d","status":%d,"latencyMs":%d,"peer":"%s:%d"' % (
                r.randrange(1, 500), r.choice([200, 200, 200, 404, 500]), r.randrange(1, 900), self.ip(), r.randrange(1024, 65535))
        else:
            body = '"event":"deploy","version":"%d.%d.%d","commit":"%040x","replicas":%d,"epochMs":%d' % (
                r.randrange(1, 5), r.randrange(30), r.randrange(100), r.getrandbits(160), r.randrange(1, 12), int(self.t * 1000))
        return '{"ts":"%s","level":"%s","svc":"%s",%s,"traceId":"%032x"}' % (
            self.iso(), r.choice(LEVELS), r.choice(SERVICES), body, r.getrandbits(128))

    def logfmt(self):
        r = self.r
        return 'ts=%s level=%s svc=%s msg="%s" call_id=%s latency_ms=%d attempt=%d bytes=%d' % (
            self.iso(), r.choice(LEVELS).lower(), r.choice(SERVICES),
            r.choice(["route selected", "jitter above threshold", "retrying upstream", "cache miss", "flushed batch"]),
            self.uuid(), r.randrange(1, 5000), r.randrange(1, 4), r.randrange(0, 10**7))

    def java(self):
        r = self.r
        lines = ["%s ERROR [pool-%d-thread-%d] c.a.q.%s - request %s failed" % (
            self.iso(), r.randrange(1, 9), r.randrange(1, 64), r.choice(["RouteWorker", "Dispatcher", "CallStore"]), self.uuid()),
            r.choice(EXCEPTIONS)]
        for cls in r.sample(JAVA_CLASSES, r.randrange(3, 8)):
            patch = r.randrange(10)
            lines.append("\tat %s(%s.java:%d) ~[app-4.2.%d.jar:4.2.%d]" % (
                cls, cls.rsplit(".", 2)[-2], r.randrange(20, 900), patch, patch))
        if r.random() < 0.4:
            lines.append("Caused by: " + r.choice(EXCEPTIONS))
            lines.append("\t... %d more" % r.randrange(5, 40))
        return "\n".join(lines)

    def hdfs(self):
        r = self.r
        s = int(self.tick())
        msg = r.choice(HDFS).format(r=r.randrange(3), blk=r.randrange(-(2**63), 2**63), ip=self.ip(), ip2=self.ip(),
                                     port=r.randrange(30000, 60000), size=r.randrange(10**4, 10**8))
        return "251125 %02d%02d%02d %d %s" % (s // 3600 % 24, s // 60 % 60, s % 60, r.randrange(1, 40000), msg)

    def entry(self):
        return self.r.choices(
            [self.syslog, self.kernel, self.access, self.json, self.logfmt, self.java, self.hdfs],
            weights=[20, 5, 25, 20, 15, 5, 10])[0]()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=200.0, help="size to write, in MB (default 200)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", default="-", help="output file (default stdout)")
    args = ap.parse_args()
    target = int(args.mb * 1e6)
    gen = Gen(args.seed)
    out = sys.stdout.buffer if args.out == "-" else open(args.out + ".part", "wb")
    written, batch = 0, []
    while written < target:
        batch.clear()
        for _ in range(2000):
            batch.append(gen.entry())
        blob = ("\n".join(batch) + "\n").encode()
        out.write(blob)
        written += len(blob)
    if args.out != "-":
        out.close()
        os.replace(args.out + ".part", args.out)


if __name__ == "__main__":
    main()
