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
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SADUAK_MODULE_DIR=${SADUAK_MODULE_DIR}"
    TIMEOUT 120)
endfunction()
