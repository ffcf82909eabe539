# figura.batch.jobs_identity: the output of a batch is the same bytes for any --jobs, and a text read
# in many pieces gives the output of one piece (figure indices, line numbers and offsets included).
#   -DPROGRAM=figura -DTEXT=<a short text file> -DBATCH=<a JSON Lines batch> -DWORK=<scratch dir>
file(MAKE_DIRECTORY ${WORK})
file(READ ${TEXT} one)
string(REPEAT "${one}" 2500 big)  # over a megabyte: several pieces of the default size
file(WRITE ${WORK}/big.txt "${big}")
file(READ ${BATCH} lines)
string(REPEAT "${lines}" 40 many)
file(WRITE ${WORK}/many.jsonl "${many}")

function(run name)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env FIGURA_PIECE_BYTES=${piece} ${PROGRAM} ${ARGN} WORKING_DIRECTORY ${WORK}
        OUTPUT_FILE ${WORK}/${name}.out ERROR_FILE ${WORK}/${name}.err RESULT_VARIABLE status)
    set(${name}_status ${status} PARENT_SCOPE)
endfunction()

function(same a b)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${WORK}/${a}.out ${WORK}/${b}.out RESULT_VARIABLE differ)
    if(differ OR NOT "${${a}_status}" STREQUAL "${${b}_status}")
        message(FATAL_ERROR "${a} and ${b} differ (exit ${${a}_status} and ${${b}_status}); see ${WORK}")
    endif()
    file(SIZE ${WORK}/${a}.out size)
    if(size EQUAL 0)
        message(FATAL_ERROR "${a}: no output")
    endif()
endfunction()

# Outputs that compared equal are removed (the json ones are over 100 MB); a failure keeps them.
function(forget)
    file(GLOB done ${WORK}/*.out ${WORK}/*.err)
    file(REMOVE ${done})
endfunction()

foreach(format text json jsonl)
    set(piece 100000000)  # one piece
    run(extract_${format}_whole extract --format ${format} --jobs 1 big.txt)
    set(piece 10000)
    run(extract_${format}_1 extract --format ${format} --jobs 1 big.txt)
    run(extract_${format}_4 extract --format ${format} --jobs 4 big.txt)
    set(piece 0)  # ignored: the default size
    run(extract_${format}_default extract --format ${format} big.txt)
    same(extract_${format}_whole extract_${format}_1)
    same(extract_${format}_whole extract_${format}_4)
    same(extract_${format}_whole extract_${format}_default)
    # Several files, one of them twice.
    set(piece 10000)
    run(files_${format}_1 extract --format ${format} --jobs 1 big.txt ${TEXT} big.txt)
    run(files_${format}_3 extract --format ${format} --jobs 3 big.txt ${TEXT} big.txt)
    same(files_${format}_1 files_${format}_3)
    forget()
endforeach()

set(piece 0)
foreach(format text json jsonl sarif github rdjsonl)
    run(check_${format}_1 check --format ${format} --jobs 1 --jsonl many.jsonl)
    run(check_${format}_3 check --format ${format} --jobs 3 --jsonl many.jsonl)
    same(check_${format}_1 check_${format}_3)
    forget()
endforeach()
