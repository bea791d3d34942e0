#!/usr/bin/env bash
# DutyDesk developer entry point.
#   ./dev.sh run       install what is missing, build, start the application
#   ./dev.sh test      install what is missing, build, run the whole test suite,
#                      then again built with AddressSanitizer and UBSan, then
#                      the import readers' fuzzers briefly (clang, libFuzzer)
#   ./dev.sh build     install what is missing and build
#   ./dev.sh package   build the Debian package into dist/
#   ./dev.sh lupdate   refresh translations/*.ts from the sources
#   ./dev.sh format    format the C++ sources with .clang-format
# Extra arguments after `run` go to the application.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

build_dir="${DUTYDESK_BUILD_DIR:-$here/build}"
asan_dir="${DUTYDESK_ASAN_BUILD_DIR:-$here/build-asan}"
fuzz_dir="${DUTYDESK_FUZZ_BUILD_DIR:-$here/build-fuzz}"
build_type="${DUTYDESK_BUILD_TYPE:-Debug}"
jobs="$(nproc 2>/dev/null || echo 2)"

# Debian 12 packages the build, the tests and the application need.
packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libgl-dev
    libsqlite3-dev libphonenumber-dev libical-dev libxlsxwriter-dev libzip-dev libqrencode-dev
    fonts-croscore fonts-liberation2 fontconfig
    xvfb xauth poppler-utils
    dpkg-dev file desktop-file-utils appstream lintian
    clang libclang-rt-14-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure DIR TYPE [extra cmake arguments]
configure() {
    local dir=$1 type=$2
    shift 2
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        log "Configuring ($type) in $dir"
        cmake -S "$here" -B "$dir" -G Ninja \
            -DCMAKE_BUILD_TYPE="$type" -DDUTYDESK_WERROR="$werror" "$@"
    fi
}

build() {
    install_missing
    configure "$build_dir" "$build_type"
    log "Building"
    cmake --build "$build_dir" --parallel "$jobs"
}

run_tests() {
    local dir=$1
    shift
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" "$@"
}

cmd="${1:-run}"
[ $# -gt 0 ] && shift
case "$cmd" in
    run)
        build
        log "Starting DutyDesk"
        exec "$build_dir/app/gui/dutydesk" "$@"
        ;;
    test)
        build
        log "Running the test suite"
        run_tests "$build_dir" "$@"
        # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer
        # (DUTYDESK_SANITIZE=0 skips it for a quick local run).
        if [ "${DUTYDESK_SANITIZE:-1}" != "0" ]; then
            configure "$asan_dir" Debug -DDUTYDESK_SANITIZE=ON
            log "Building with sanitizers"
            cmake --build "$asan_dir" --parallel "$jobs"
            log "Running the test suite with sanitizers"
            ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1" \
            UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
            LSAN_OPTIONS="suppressions=$here/tests/data/lsan.supp:print_suppressions=0" \
                run_tests "$asan_dir" "$@"
        fi
        # The CSV and XLSX readers under libFuzzer for a few seconds each, on
        # their seed corpora (DUTYDESK_FUZZ=0 skips it). Only the readers and
        # the fuzz targets are built there.
        if [ "${DUTYDESK_FUZZ:-1}" != "0" ]; then
            CC=clang CXX=clang++ configure "$fuzz_dir" Debug -DDUTYDESK_FUZZ=ON \
                -DDUTYDESK_BUILD_TESTS=OFF -DDUTYDESK_BUILD_BENCH=OFF
            log "Building the fuzz targets"
            cmake --build "$fuzz_dir" --parallel "$jobs"
            log "Fuzzing the import readers"
            run_tests "$fuzz_dir" "$@"
        fi
        ;;
    build)
        build
        ;;
    package)
        install_missing
        package_dir="${DUTYDESK_PACKAGE_BUILD_DIR:-$here/build-package}"
        configure "$package_dir" Release -DCMAKE_INSTALL_PREFIX=/usr \
            -DDUTYDESK_BUILD_TESTS=OFF -DDUTYDESK_BUILD_BENCH=OFF
        log "Building the package"
        cmake --build "$package_dir" --parallel "$jobs"
        (cd "$package_dir" && cpack -G DEB -B "$here/dist")
        rm -rf "$here/dist/_CPack_Packages"
        log "Package written to $here/dist"
        ls -1 "$here"/dist/*.deb
        ;;
    bench)
        # The national-scale benchmark (docs/benchmarks.md) in a
        # Release build; generated databases are cached between runs.
        # Extra arguments go to dutydesk-bench (--quick, --only TEXT, --seed S).
        install_missing
        bench_dir="${DUTYDESK_BENCH_BUILD_DIR:-$here/build-release}"
        configure "$bench_dir" Release
        log "Building the benchmark"
        cmake --build "$bench_dir" --parallel "$jobs" --target dutydesk-bench dutydesk-cli
        log "Running the benchmark"
        "$bench_dir/bench/dutydesk-bench" "$@"
        ;;
    lupdate)
        install_missing
        /usr/lib/qt6/bin/lupdate -locations none -no-obsolete app -ts translations/dutydesk_vi.ts translations/dutydesk_en.ts
        ;;
    format)
        git ls-files '*.cpp' '*.h' | xargs clang-format -i
        ;;
    *)
        echo "usage: $0 {run|test|build|bench|package|lupdate|format} [args...]" >&2
        exit 2
        ;;
esac
