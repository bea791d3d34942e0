# Shared compile settings for every DutyDesk target.
function(dutydesk_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(DUTYDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# dutydesk_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBRARIES DutyDesk::Core [GUI])
# One Qt Test executable per class or feature, registered with ctest.
function(dutydesk_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    dutydesk_target_defaults(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${ARG_NAME} PRIVATE
        DUTYDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        DUTYDESK_CLI_PATH="$<TARGET_FILE:dutydesk-cli>")
    set_target_properties(${ARG_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        # A home of its own per test: test-mode standard paths live under it, so
        # tests running in parallel never share a settings file or a sample.
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false;HOME=${CMAKE_CURRENT_BINARY_DIR}/home-${ARG_NAME};XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR}/home-${ARG_NAME}/run"
        TIMEOUT 300)
endfunction()
