# deploy/: the Kubernetes manifests validated offline against the official schemas
# (no cluster can run here), and broken manifests refused (tests/deploy/k8s_manifests.sh)
find_program(LC_DEPLOY_NODE NAMES node nodejs)
find_program(LC_DEPLOY_NPM NAMES npm)
if(LC_DEPLOY_NODE AND LC_DEPLOY_NPM)
  add_test(NAME deploy_k8s_manifests COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/k8s_manifests.sh)
  set_tests_properties(deploy_k8s_manifests PROPERTIES TIMEOUT 300)
else()
  message(WARNING "node/npm not found: the Kubernetes manifests are not validated")
endif()

# The container test: images built from deploy/, compose up (PostgreSQL, Redis,
# the mock broker, api x1, worker x2), Accepted / Wrong Answer / TLE judged in
# the worker containers (tests/deploy/container.py). It starts a Docker daemon
# of its own (in a private mount namespace); skipped (77) when none can start.
# Two tests: deploy_images builds the images (downloads and dpkg, mostly I/O)
# beside the other tests, first (COST: ctest starts costly tests first);
# deploy_containers runs them alone (RUN_SERIAL: the hostile suite's host checks
# must not see its containers) and removes the daemon's data.
find_program(LC_DEPLOY_PYTHON NAMES python3)
if(LC_DEPLOY_PYTHON)
  set(_lc_images ${CMAKE_BINARY_DIR}/deploy-images)
  add_test(NAME deploy_images
           COMMAND ${LC_DEPLOY_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/container.py build ${_lc_images})
  set_tests_properties(deploy_images PROPERTIES TIMEOUT 1800 COST 10000 SKIP_RETURN_CODE 77
                       FIXTURES_SETUP lc_deploy_images)
  add_test(NAME deploy_containers
           COMMAND ${LC_DEPLOY_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/container.py run ${_lc_images})
  set_tests_properties(deploy_containers PROPERTIES TIMEOUT 1800 RUN_SERIAL TRUE SKIP_RETURN_CODE 77
                       FIXTURES_REQUIRED lc_deploy_images)
endif()
