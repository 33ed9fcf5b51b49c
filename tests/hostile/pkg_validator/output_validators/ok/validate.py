# lcsecret-validator-source-3b7d: the jury's validator (a submission must never read this)
import sys
out = sys.stdin.read().split()
sys.exit(42 if out[:1] == ["OK"] else 43)
