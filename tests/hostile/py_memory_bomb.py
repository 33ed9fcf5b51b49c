# expect: memory_limit_exceeded
# Python memory bomb: grow a list of 1 MiB byte strings forever. Python's
# MemoryError or the memory cgroup's kill must be reported as Memory Limit
# Exceeded (ARCHITECTURE.md), never as a runtime error.
chunks = []
while True:
    chunks.append(bytearray(1 << 20))
