# Compile rules every project target follows.
#   -Werror and the pedantic set keep the tree clean;
#   the QT_NO_CAST_* defines make every 8-bit <-> QString conversion explicit, so Thai text
#   never passes through an implicit Latin-1 conversion.
function(saduak_target_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
    SADUAK_VERSION="${PROJECT_VERSION}")
endfunction()

# A Qt Test executable registered in CTest with its labels.
#   saduak_add_test(tst_name SOURCES a.cpp LIBRARIES lib... LABELS unit)
function(saduak_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  qt_add_executable(${name} ${T_SOURCES})
  set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBRARIES})
  saduak_target_options(${name})
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SADUAK_MODULE_DIR=${SADUAK_MODULE_DIR}")
  # Only pcsc tests reach pcscd. Any other test that starts the program loads the idcard module,
  # which would otherwise read the emulated card of a pcsc test or benchmark running meanwhile
  # (pcscd's socket is machine-wide): pcsc-lite's client takes its socket from this variable.
  if(NOT "pcsc" IN_LIST T_LABELS)
    list(APPEND env "PCSCLITE_CSOCK_NAME=${CMAKE_BINARY_DIR}/no-pcscd-in-this-test/pcscd.comm")
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABELS}"
    ENVIRONMENT "${env}"
    TIMEOUT 120)
  # The sanitizer build runs the unit tests only, so it builds only them (and what they link):
  # `cmake --build --preset asan --target saduak_unit_tests`.
  if("unit" IN_LIST T_LABELS)
    if(NOT TARGET saduak_unit_tests)
      add_custom_target(saduak_unit_tests)
    endif()
    add_dependencies(saduak_unit_tests ${name})
  endif()
endfunction()

# The same test again with saduak-central on PostgreSQL: NAME_postgres, label postgres (and soak
# if the test has it), SADUAK_TEST_CENTRAL=postgres in its environment. The test takes central's
# location from centralLocation() (tests/support/postgres), which starts a throw-away cluster.
#   saduak_add_postgres_variant(tst_syncclient)
function(saduak_add_postgres_variant name)
  target_link_libraries(${name} PRIVATE saduak_test_postgres)
  get_test_property(${name} ENVIRONMENT env)
  get_test_property(${name} TIMEOUT timeout)
  get_test_property(${name} LABELS labels)
  set(variant_labels postgres)
  if("soak" IN_LIST labels)
    list(APPEND variant_labels soak)
  endif()
  list(APPEND env "SADUAK_TEST_CENTRAL=postgres")
  add_test(NAME ${name}_postgres COMMAND ${name})
  set_tests_properties(${name}_postgres PROPERTIES
    LABELS "${variant_labels}"
    ENVIRONMENT "${env}"
    TIMEOUT ${timeout})
endfunction()
