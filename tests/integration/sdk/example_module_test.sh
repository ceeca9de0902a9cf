#!/bin/bash
# sdk_example_module (CMakeLists.txt here says what and why).
#   example_module_test.sh <build dir> <example source> <cmake> <generator> <make program> <c++>
set -euo pipefail

build_dir=$1 example=$2 cmake=$3 generator=$4 make_program=$5 cxx=$6

tmp=$(mktemp -d "${TMPDIR:-/tmp}/saduak-sdk-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Nothing of the build tree or the caller's shell may help the installed program.
unset SADUAK_MODULE_DIR LD_LIBRARY_PATH QT_PLUGIN_PATH

echo "== install $build_dir into $prefix"
"$cmake" --install "$build_dir" --prefix "$prefix" > "$tmp/install.log" || {
    cat "$tmp/install.log" >&2
    fail "cmake --install failed"
}
for file in bin/saduak bin/saduak-hub bin/saduak-card bin/saduak-central \
    lib/saduak/modules/idcard.so include/saduak/sdk/module.h include/saduak/domain/citizen.h \
    lib/cmake/SaduakSdk/SaduakSdkConfig.cmake share/saduak/sdk/module-metadata.schema.json; do
    [[ -e $prefix/$file ]] || fail "not installed: $file"
done
# Only the SDK's and the domain's headers are public.
extra=$(find "$prefix/include/saduak" -mindepth 1 -maxdepth 1 ! -name sdk ! -name domain)
[[ -z $extra ]] || fail "installed headers beyond sdk/ and domain/: $extra"
# The installed program takes the installed SDK library, through its RPATH.
sdk_lib=$(ldd "$prefix/bin/saduak" | awk '/libsaduak_sdk/ { print $3 }')
sdk_lib=$(realpath -m "$sdk_lib")
[[ $sdk_lib == "$(realpath "$prefix")"/lib*/libsaduak_sdk.so.2* ]] \
    || fail "installed saduak loads the SDK library from '$sdk_lib', not from $prefix"

# Builds the example from <source> into <build dir> against the installed SDK alone, with the
# warnings this tree treats as errors (so the installed headers compile clean in a module).
build_example() {
    local source=$1 build=$2
    "$cmake" -S "$source" -B "$build" -G "$generator" -DCMAKE_MAKE_PROGRAM="$make_program" \
        -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" > "$build.log" 2>&1 \
        && "$cmake" --build "$build" >> "$build.log" 2>&1 || {
        cat "$build.log" >&2
        fail "building $source against the installed SDK failed"
    }
}

# Starts the installed program in the counter mode, lets it draw once and quit; stderr is the
# log, with the module loader's and the hello module's info lines on.
run_saduak() {
    local name=$1
    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_DATA_HOME="$tmp/home/data" \
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
        QT_LOGGING_RULES="saduak.modules.info=true;saduak.module.hello.info=true" \
        timeout 60 "$prefix/bin/saduak" --mode counter --language en \
        --db "$tmp/$name.sqlite" --settings "$tmp/$name.ini" --screenshot "$tmp/$name.png" \
        > "$tmp/$name.out" 2> "$tmp/$name.log" || {
        cat "$tmp/$name.log" >&2
        fail "installed saduak did not start and quit ($name)"
    }
    [[ -s $tmp/$name.png ]] || fail "no screenshot ($name)"
}

module_dir=$prefix/lib/saduak/modules

echo "== build $example against the installed SDK"
build_example "$example" "$tmp/hello-build"
cp "$tmp/hello-build/hello.so" "$module_dir/"

echo "== run the installed saduak with it"
run_saduak loads
log=$tmp/loads.log
grep -F "loaded module hello from $module_dir/hello.so" "$log" > /dev/null \
    || { cat "$log" >&2; fail "the installed saduak did not load the example module"; }
grep -F "hello module initialized, SDK 2.0" "$log" > /dev/null \
    || { cat "$log" >&2; fail "the example module was loaded but not initialized"; }
grep -F "loaded module idcard from $module_dir/idcard.so" "$log" > /dev/null \
    || { cat "$log" >&2; fail "the installed saduak did not load its own idcard module"; }

echo "== the same example claiming SDK 2.9 is refused"
cp -r "$example" "$tmp/hello-2.9"
rm -rf "$tmp/hello-2.9/build"
sed -i 's/"sdkVersion": "2.0"/"sdkVersion": "2.9"/' "$tmp/hello-2.9/hello.json"
grep -F '"sdkVersion": "2.9"' "$tmp/hello-2.9/hello.json" > /dev/null || fail "could not edit hello.json"
build_example "$tmp/hello-2.9" "$tmp/hello-2.9-build"
cp "$tmp/hello-2.9-build/hello.so" "$module_dir/hello.so"
run_saduak refuses
log=$tmp/refuses.log
grep -F "refused $module_dir/hello.so (WrongSdkVersion) built for SDK 2.9, this program has SDK 2.0: update Saduak" \
    "$log" > /dev/null || { cat "$log" >&2; fail "the SDK 2.9 module was not refused as WrongSdkVersion"; }
if grep -F "loaded module hello" "$log" > /dev/null || grep -F "hello module initialized" "$log" > /dev/null; then
    cat "$log" >&2
    fail "the SDK 2.9 module was loaded"
fi
grep -F "loaded module idcard" "$log" > /dev/null || { cat "$log" >&2; fail "idcard not loaded beside the refused module"; }

echo "PASS"
