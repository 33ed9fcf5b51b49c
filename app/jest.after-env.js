// Cold first renders take seconds on a loaded CI machine: wait up to 5 s for what a test expects to appear.
const { configure } = require('@testing-library/react-native');

configure({ asyncUtilTimeout: 5000 });
