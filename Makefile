# Two commands do everything on a fresh machine:
#   make run   install libcmark-dev if missing, build, render Notebooks/ to out/ (Markdown and HTML)
#   make test  the same install, build, lint, unit tests, and `slope check Notebooks`

SWIFT ?= swift
BIN = $(shell $(SWIFT) build --show-bin-path)

.PHONY: run test deps build release lint format bench goldens corpus clean

deps:
	@if ! pkg-config --exists libcmark; then \
	  if [ "$$(id -u)" != "0" ]; then \
	    echo "error: libcmark-dev is not installed and installing it needs root: run 'sudo apt-get install -y libcmark-dev', then make again" >&2; \
	    exit 2; \
	  fi; \
	  echo "Installing libcmark-dev..."; \
	  apt-get install -y libcmark-dev || { apt-get update && apt-get install -y libcmark-dev; }; \
	fi

build: deps
	$(SWIFT) build

# A self-contained release build: the Swift runtime is linked in, so .build/release/slope runs on a machine
# without a Swift toolchain (it needs only libcmark), and starts in about half the time.
release: deps
	$(SWIFT) build -c release --product slope --static-swift-stdlib

run: build
	rm -rf out
	$(BIN)/slope run Notebooks --output out
	$(BIN)/slope run Notebooks --to html --output out
	@echo "Rendered Notebooks/ to out/ (open out/index.html)"

test: build lint
	$(SWIFT) test
	$(BIN)/slope check Notebooks

# The conformance corpus is test data, compiled by swiftc as written; some of it is deliberately not
# valid Swift, so it is not linted.
SWIFT_FILES = Package.swift Benchmarks/Package.swift $(shell find Sources Tests Benchmarks/Sources -name '*.swift' -not -path '*/.unparsable/*' | sort)

lint:
	@echo "swift format lint --strict ($(words $(SWIFT_FILES)) files)"
	@$(SWIFT) format lint --strict --parallel $(SWIFT_FILES)

format:
	$(SWIFT) format format --in-place --parallel $(SWIFT_FILES)

# Re-records every golden file; review the diff before committing it.
goldens: deps
	SLOPE_RECORD_GOLDENS=1 $(SWIFT) test || true
	git status --short -- Tests

# Regenerates the conformance corpus's expected outputs with the real swiftc.
corpus:
	Scripts/regenerate-corpus.sh

BENCHMARKS = DocumentBenchmark LanguageBenchmark DerivativeBenchmark FiguresBenchmark RunnerBenchmark StartupBenchmark

# Every benchmark, in a release build (each compares itself with its peer side by side).
bench: release
	$(SWIFT) build -c release --package-path Benchmarks
	@for name in $(BENCHMARKS); do echo "== $$name"; Benchmarks/.build/release/$$name || exit 1; done

clean:
	rm -rf .build out
