# Keeps a Markdown page honest about code and command output. Used by tests/readme.cmake.
#
#   cmake -DMODE=snippets -DDOC=README.md -DSOURCE_DIR=<root> -P check-readme-snippets.cmake
#     Every ```cpp block in DOC must come right after a line
#         <!-- example: examples/<name>.cpp -->         (the block is the whole file), or
#         <!-- example: examples/<name>.cpp#<region> --> (the block is the region of that file between
#                                                         the lines `// [<region>]` and `// [/<region>]`)
#     and be byte-identical to it. An unmarked ```cpp block is an error: code a stranger copies from
#     the page is always code that ctest compiles and runs.
#     A fenced block right after `<!-- output: examples/<name>.expected -->` must be whole lines of
#     that file (the example's checked output), in order: a page may quote part of an output.
#
#   cmake -DMODE=index -DDOC=docs/README.md -DSOURCE_DIR=<root> -P check-readme-snippets.cmake
#     Every *.md beside DOC is linked from DOC as `](<name>.md)` (subdirectories are not searched).
#
#   cmake -DMODE=commands -DDOC=README.md -DSOURCE_DIR=<root> -DPROGRAM=<figura> -P check-readme-snippets.cmake
#     Every fenced block whose first line is `$ figura <arguments>` (optionally `| head -<n>`) is run
#     with PROGRAM in SOURCE_DIR, and the rest of the block must be exactly what it prints (standard
#     output, then standard error; only the first n lines with `| head -<n>`). Arguments are split
#     like a POSIX shell splits them (quotes allowed; no `;`, which a CMake list cannot carry).
#     MIN_BLOCKS (default 0) fails the check when the page quotes fewer commands.
#
# Markdown text is handled as one string with string(FIND/SUBSTRING), never as a CMake list, so ';',
# '[' and ']' in the page are safe.

cmake_minimum_required(VERSION 3.25)  # script mode: modern policies (while(TRUE), if(<constant>))

if(NOT DEFINED DOC OR NOT DEFINED SOURCE_DIR OR NOT DEFINED MODE)
    message(FATAL_ERROR "usage: cmake -DMODE=snippets|commands|index -DDOC=<page> -DSOURCE_DIR=<root> [-DPROGRAM=<figura>] -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
file(READ "${DOC}" page)
set(failures 0)
set(checked 0)

# A failure: printed unwrapped (message(NOTICE)), so the text can be searched and copied; counted
# for the FATAL_ERROR at the end.
function(report_failure text)
    message(NOTICE "${text}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
endfunction()

# The text of a ```<lang> block opening at byte `open` (the fence's first backtick): sets
# `block_text` (the lines between the fences, each with its newline) and `block_end` (byte after the
# closing fence).
function(read_block open)
    string(SUBSTRING "${page}" ${open} -1 from_fence)
    string(FIND "${from_fence}" "\n" eol)
    math(EXPR body_start "${eol} + 1")
    string(SUBSTRING "${from_fence}" ${body_start} -1 body)
    if(body MATCHES "^```")
        set(close 0)
    else()
        string(FIND "${body}" "\n```" close)
        if(close EQUAL -1)
            message(FATAL_ERROR "${DOC}: a code block opened at byte ${open} is never closed")
        endif()
        math(EXPR close "${close} + 1")
    endif()
    string(SUBSTRING "${body}" 0 ${close} text)
    math(EXPR end_at "${open} + ${body_start} + ${close} + 3")
    set(block_text "${text}" PARENT_SCOPE)
    set(block_end ${end_at} PARENT_SCOPE)
endfunction()

# 1-based line number of byte `offset` of the page, for messages.
function(line_of offset out)
    string(SUBSTRING "${page}" 0 ${offset} head)
    string(REGEX MATCHALL "\n" newlines "${head}")
    list(LENGTH newlines n)
    math(EXPR n "${n} + 1")
    set(${out} ${n} PARENT_SCOPE)
endfunction()

# The region `name` of `text` (a source file): the lines after `// [name]` up to the line holding
# `// [/name]`. Sets `region` and `region_found`.
function(extract_region text name)
    set(region_found FALSE PARENT_SCOPE)
    string(FIND "${text}" "// [${name}]\n" open_at)
    string(FIND "${text}" "// [/${name}]" close_at)
    if(open_at EQUAL -1 OR close_at EQUAL -1 OR close_at LESS open_at)
        return()
    endif()
    string(LENGTH "// [${name}]\n" marker_length)
    math(EXPR from "${open_at} + ${marker_length}")
    # The region ends where the closing marker's line begins (the marker may be indented).
    string(SUBSTRING "${text}" 0 ${close_at} up_to_close)
    string(FIND "${up_to_close}" "\n" last_newline REVERSE)
    math(EXPR to "${last_newline} + 1")
    if(to LESS from)
        return()
    endif()
    math(EXPR length "${to} - ${from}")
    string(SUBSTRING "${text}" ${from} ${length} r)
    set(region "${r}" PARENT_SCOPE)
    set(region_found TRUE PARENT_SCOPE)
endfunction()

# Runs the command of one `$ figura ...` segment (its first line) and compares what it prints with
# the rest of the segment.
function(check_command segment)
    string(FIND "${segment}" "\n" eol)
    math(EXPR command_length "${eol} - 2")
    string(SUBSTRING "${segment}" 2 ${command_length} command)
    string(STRIP "${command}" command)
    math(EXPR after "${eol} + 1")
    string(SUBSTRING "${segment}" ${after} -1 expected)

    set(head_lines "")
    if(command MATCHES "^(.*[^ ]) *\\| *head -(n *)?([0-9]+)$")
        set(command "${CMAKE_MATCH_1}")
        set(head_lines "${CMAKE_MATCH_3}")
    endif()
    if(command MATCHES "[;|<>`]")
        report_failure("${DOC}:${line}: cannot run `${command}` (only `figura ...` with an optional `| head -<n>`)")
        set(failures ${failures} PARENT_SCOPE)
        return()
    endif()
    separate_arguments(arguments UNIX_COMMAND "${command}")
    list(POP_FRONT arguments tool)

    execute_process(COMMAND "${PROGRAM}" ${arguments}
        WORKING_DIRECTORY "${SOURCE_DIR}"
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err
        RESULT_VARIABLE status)
    set(actual "${out}${err}")
    if(NOT head_lines STREQUAL "")
        # `head -n`: the first n lines, each with its newline.
        set(kept "")
        set(remaining "${actual}")
        foreach(i RANGE 1 ${head_lines})
            string(FIND "${remaining}" "\n" nl)
            if(nl EQUAL -1)
                string(APPEND kept "${remaining}")
                break()
            endif()
            math(EXPR nl1 "${nl} + 1")
            string(SUBSTRING "${remaining}" 0 ${nl1} one)
            string(APPEND kept "${one}")
            string(SUBSTRING "${remaining}" ${nl1} -1 remaining)
        endforeach()
        set(actual "${kept}")
    endif()
    if(NOT actual STREQUAL expected)
        report_failure("${DOC}:${line}: `${command}` (exit status ${status}) prints something else; paste it again.\n--- actual ---\n${actual}--- ${DOC}:${line} ---\n${expected}")
        set(failures ${failures} PARENT_SCOPE)
    endif()
endfunction()

if(MODE STREQUAL "snippets")
    set(pos 0)
    while(TRUE)
        string(SUBSTRING "${page}" ${pos} -1 rest)
        string(FIND "${rest}" "```cpp\n" at)
        if(at EQUAL -1)
            break()
        endif()
        math(EXPR open "${pos} + ${at}")
        read_block(${open})
        set(pos ${block_end})
        line_of(${open} line)
        math(EXPR checked "${checked} + 1")

        string(SUBSTRING "${page}" 0 ${open} before)
        if(NOT before MATCHES "<!-- example: ([^ #>]+)(#([A-Za-z0-9_-]+))? -->\n$")
            report_failure("${DOC}:${line}: a ```cpp block without a `<!-- example: examples/<name>.cpp -->` line before it: show code from an example that ctest builds and runs")
            continue()
        endif()
        set(source "${CMAKE_MATCH_1}")
        set(name "${CMAKE_MATCH_3}")
        if(NOT EXISTS "${SOURCE_DIR}/${source}")
            report_failure("${DOC}:${line}: ${source} does not exist")
            continue()
        endif()
        file(READ "${SOURCE_DIR}/${source}" code)
        set(what "${source}")
        if(NOT name STREQUAL "")
            extract_region("${code}" "${name}")
            if(NOT region_found)
                report_failure("${DOC}:${line}: ${source} has no region `// [${name}]` ... `// [/${name}]`")
                continue()
            endif()
            set(code "${region}")
            set(what "${source}, region ${name}")
        endif()
        if(NOT block_text STREQUAL code)
            report_failure("${DOC}:${line}: the code block differs from ${what}; paste it again.\n--- ${what} ---\n${code}--- ${DOC}:${line} ---\n${block_text}")
        endif()
    endwhile()
    # Quoted example output: `<!-- output: examples/<name>.expected -->` then a fenced block.
    set(pos 0)
    while(TRUE)
        string(SUBSTRING "${page}" ${pos} -1 rest)
        string(REGEX MATCH "<!-- output: ([^ >]+) -->\n```[a-z]*\n" marker "${rest}")
        if(marker STREQUAL "")
            break()
        endif()
        set(expected_file "${CMAKE_MATCH_1}")
        string(FIND "${rest}" "${marker}" at)
        string(LENGTH "<!-- output: ${expected_file} -->\n" marker_length)
        math(EXPR open "${pos} + ${at} + ${marker_length}")
        read_block(${open})
        set(pos ${block_end})
        line_of(${open} line)
        math(EXPR checked "${checked} + 1")
        if(NOT EXISTS "${SOURCE_DIR}/${expected_file}")
            report_failure("${DOC}:${line}: ${expected_file} does not exist")
            continue()
        endif()
        file(READ "${SOURCE_DIR}/${expected_file}" output)
        # Whole lines: compare with a newline in front of both.
        string(FIND "\n${output}" "\n${block_text}" found)
        if(block_text STREQUAL "" OR found EQUAL -1)
            report_failure("${DOC}:${line}: the quoted output is not part of ${expected_file}; paste it again.\n--- ${expected_file} ---\n${output}--- ${DOC}:${line} ---\n${block_text}")
        endif()
    endwhile()
elseif(MODE STREQUAL "index")
    get_filename_component(dir "${DOC}" DIRECTORY)
    get_filename_component(index_name "${DOC}" NAME)
    file(GLOB pages RELATIVE "${dir}" "${dir}/*.md")
    foreach(name IN LISTS pages)
        if(name STREQUAL index_name)
            continue()
        endif()
        math(EXPR checked "${checked} + 1")
        string(FIND "${page}" "](${name})" linked)
        if(linked EQUAL -1)
            report_failure("${DOC}: no link to ${name}; add it to the index")
        endif()
    endforeach()
elseif(MODE STREQUAL "commands")
    if(NOT DEFINED PROGRAM)
        message(FATAL_ERROR "MODE=commands needs -DPROGRAM=<path to figura>")
    endif()
    set(pos 0)
    while(TRUE)
        string(SUBSTRING "${page}" ${pos} -1 rest)
        string(FIND "${rest}" "```\n$ figura " at)
        if(at EQUAL -1)
            break()
        endif()
        math(EXPR open "${pos} + ${at}")
        read_block(${open})
        set(pos ${block_end})
        line_of(${open} line)

        # A block may hold several commands, each a `$ figura ...` line followed by its output; a
        # blank line before the next command separates them.
        set(segments "${block_text}")
        while(NOT segments STREQUAL "")
            string(FIND "${segments}" "\n$ figura " next)
            if(next EQUAL -1)
                set(segment "${segments}")
                set(segments "")
            else()
                math(EXPR next1 "${next} + 1")
                string(SUBSTRING "${segments}" 0 ${next1} segment)
                string(SUBSTRING "${segments}" ${next1} -1 segments)
                if(segment MATCHES "\n\n$")
                    string(REGEX REPLACE "\n$" "" segment "${segment}")
                endif()
            endif()
            check_command("${segment}")
            math(EXPR checked "${checked} + 1")
        endwhile()
    endwhile()
    if(DEFINED MIN_BLOCKS AND checked LESS MIN_BLOCKS)
        report_failure("${DOC}: found ${checked} `$ figura` blocks, expected at least ${MIN_BLOCKS}")
    endif()
else()
    message(FATAL_ERROR "MODE must be snippets, commands or index, not \"${MODE}\"")
endif()

if(failures GREATER 0)
    message(FATAL_ERROR "${DOC}: ${failures} of ${checked} blocks differ")
endif()
message(STATUS "${DOC}: ${checked} blocks checked (${MODE})")
