# saduak_add_module(): a Saduak module plugin from the installed SDK (SaduakSdkConfig.cmake).
#
#   saduak_add_module(<target> JSON <file.json> SOURCES <sources>...
#                     [OUTPUT_NAME <name>] [LIBRARIES <libraries>...])
#
# Builds <target> as a Qt plugin linked to Saduak::Sdk, its library file named <name>.so (default
# <target>.so: the host loads every library of its module folder in file-name order), and installs
# it in ${SaduakSdk_MODULE_INSTALL_DIR}. The module's class still names the JSON itself:
#   Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "hello.json")
# The JSON is checked here too, so a wrong "sdkVersion" shows when the module is configured and
# not only when a counter PC refuses it.
function(saduak_add_module target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "JSON;OUTPUT_NAME" "SOURCES;LIBRARIES")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "saduak_add_module(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_JSON OR NOT arg_SOURCES)
    message(FATAL_ERROR "saduak_add_module(${target}): JSON and SOURCES are required")
  endif()
  if(NOT arg_OUTPUT_NAME)
    set(arg_OUTPUT_NAME ${target})
  endif()

  get_filename_component(json "${arg_JSON}" ABSOLUTE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${json}")
  file(READ "${json}" metadata)
  string(JSON sdk_type ERROR_VARIABLE json_error TYPE "${metadata}" sdkVersion)
  if(json_error)
    message(FATAL_ERROR "${json}: no \"sdkVersion\" (${json_error})")
  endif()
  string(JSON sdk_version GET "${metadata}" sdkVersion)
  if(NOT sdk_type STREQUAL "STRING" OR NOT sdk_version MATCHES "^[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "${json}: \"sdkVersion\" must be a string \"major.minor\" such as "
      "\"${SaduakSdk_VERSION}\", the SDK the module is built against")
  endif()
  if(NOT sdk_version VERSION_EQUAL SaduakSdk_VERSION)
    message(WARNING "${json} says \"sdkVersion\": \"${sdk_version}\" but the module is built "
      "against SDK ${SaduakSdk_VERSION}: programs with an SDK older than ${sdk_version} will "
      "refuse it. Write \"${SaduakSdk_VERSION}\".")
  endif()

  # Qt 6.4's qt_add_plugin takes no sources yet (6.5 does): they are added below.
  qt_add_plugin(${target} SHARED)
  target_sources(${target} PRIVATE ${arg_SOURCES} "${json}")
  target_link_libraries(${target} PRIVATE Saduak::Sdk ${arg_LIBRARIES})
  set_target_properties(${target} PROPERTIES
    AUTOMOC ON
    PREFIX ""
    OUTPUT_NAME ${arg_OUTPUT_NAME})
  install(TARGETS ${target} LIBRARY DESTINATION "${SaduakSdk_MODULE_INSTALL_DIR}")
endfunction()
