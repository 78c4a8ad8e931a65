# Ouro — two commands set up a fresh machine:  make bootstrap  and  make test.
# Every target installs node_modules itself when it is missing.

NODE ?= node
SOURCES := $(shell find stage0 runtime stage1 codegen-x64 codegen-arm64 -name '*.ts' 2>/dev/null)

.PHONY: all build bootstrap test typecheck check clean

all: build

node_modules/.package-lock.json: package.json
	npm install --no-audit --no-fund
	@touch $@

dist/ouro.mjs: node_modules/.package-lock.json scripts/build.mjs scripts/inline-kernel.mjs $(SOURCES)
	$(NODE) scripts/build.mjs

build: dist/ouro.mjs

bootstrap: build
	bash bootstrap.sh

typecheck: node_modules/.package-lock.json
	npx tsc --noEmit -p .

test: build typecheck
	npx vitest run

clean:
	rm -rf dist build node_modules/.cache
