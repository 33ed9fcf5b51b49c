# LiteCode — the two commands a newcomer needs: `make run` and `make test`.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all setup build test run bench clean

all: build

setup:
	@sh scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Every test: unit tests (plain and ASan+UBSan), judged reference packages, the hostile suite.
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

# Until `litecode serve` exists: build, then show how to judge a file.
run: build
	@echo
	@echo "LiteCode is built: $(BUILD)/litecode"
	@echo "Judge a solution against a problem package, e.g.:"
	@echo "  $(BUILD)/litecode judge tests/packages/sum/ tests/packages/sum/submissions/accepted/sum.c"
	@echo
	@$(BUILD)/litecode judge tests/packages/sum tests/packages/sum/submissions/accepted/sum.c

bench: build
	@sh bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
