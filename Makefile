# LiteCode — the two commands a newcomer needs: `make run` and `make test`.
BUILD   ?= build
JOBS    ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo

.PHONY: all setup build test run bench fuzz clean

all: build

setup:
	@sh scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# Every test: unit tests (plain and ASan+UBSan), judged reference packages, the hostile suite.
# (the app's npm packages, web build, jest and Chromium end-to-end run are ctest tests too: app/app.cmake)
test: export LC_SETUP_TEST := 1
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

# The platform in one process on http://127.0.0.1:8080 (data in ./data; the
# bundled problems are imported on first start). PORT=... and DATA=... change them.
PORT ?= 8080
DATA ?= data
run: build
	@sh app/scripts/build.sh || echo "LiteCode: the web app could not be built (above); the API runs without it"
	@echo "LiteCode: http://127.0.0.1:$(PORT)  (create an admin: LITECODE_PASSWORD=... $(BUILD)/litecode user add --admin --data $(DATA) NAME)"
	@exec $(BUILD)/litecode serve --port $(PORT) --data $(DATA)

bench: build
	@sh bench/run.sh $(BUILD)

# libFuzzer on the judge's parsers (fuzz/README.md), FUZZ_SECONDS each; new
# inputs go to $(BUILD)-fuzz/corpus-NAME (copy the interesting ones to fuzz/corpus/NAME).
FUZZ_SECONDS ?= 180
fuzz: setup
	@sh fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(BUILD)-fuzz
