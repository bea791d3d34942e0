# Runs one fuzzer for SECONDS on a copy of its seed CORPUS in WORK; fails on
# any finding (the reproducer is left in WORK for the developer).
# cmake -DFUZZER=... -DCORPUS=... -DDICTIONARY=... -DWORK=... -DSECONDS=... -P RunFuzzer.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB seeds "${CORPUS}/*")
file(COPY ${seeds} DESTINATION "${WORK}/corpus")
set(options -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
            -artifact_prefix=${WORK}/)
if(EXISTS "${DICTIONARY}")
    list(APPEND options -dict=${DICTIONARY})
endif()
execute_process(COMMAND "${FUZZER}" ${options} "${WORK}/corpus"
                WORKING_DIRECTORY "${WORK}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB findings "${WORK}/crash-*" "${WORK}/leak-*" "${WORK}/timeout-*" "${WORK}/oom-*"
                       "${WORK}/slow-unit-*")
    message(FATAL_ERROR "${FUZZER} found a problem (exit ${result}); reproduce with: "
                        "${FUZZER} ${findings}")
endif()
