# The mobile app (app/): its checks run as ctest tests beside the backend's.
#   app_build      npm ci when package-lock.json changed, the web build into app/dist (a fixture)
#   app_typecheck  tsc --noEmit (TypeScript strict)
#   app_lint       eslint, no warnings
#   app_jest       every screen with the API mocked at the fetch level ("N passed, N failed")
#   app_e2e        the web build on the real `litecode serve`, in Chromium at 390x844,
#                  screenshots in ${CMAKE_BINARY_DIR}/app-e2e
find_program(LC_APP_NODE NAMES node nodejs)
find_program(LC_APP_NPX NAMES npx)
find_program(LC_APP_SH NAMES sh)
if(LC_APP_NODE AND LC_APP_NPX)
  set(_app ${CMAKE_SOURCE_DIR}/app)
  add_test(NAME app_build COMMAND ${LC_APP_SH} ${_app}/scripts/build.sh WORKING_DIRECTORY ${_app})
  add_test(NAME app_typecheck COMMAND ${LC_APP_NPX} tsc --noEmit WORKING_DIRECTORY ${_app})
  add_test(NAME app_lint COMMAND ${LC_APP_NPX} eslint . --max-warnings 0 WORKING_DIRECTORY ${_app})
  add_test(NAME app_jest COMMAND ${LC_APP_NODE} scripts/jest-summary.js WORKING_DIRECTORY ${_app})
  add_test(NAME app_e2e
           COMMAND ${LC_APP_NODE} e2e/run.js $<TARGET_FILE:litecode> ${CMAKE_BINARY_DIR}/app-e2e
           WORKING_DIRECTORY ${_app})
  set_tests_properties(app_build PROPERTIES FIXTURES_SETUP lc_app TIMEOUT 900)
  set_tests_properties(app_typecheck app_lint app_jest app_e2e PROPERTIES FIXTURES_REQUIRED lc_app TIMEOUT 600)
else()
  message(WARNING "node/npx not found: the app's tests are not registered")
endif()
