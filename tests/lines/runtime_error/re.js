function zeroOf(nums) {
    return nums.length - nums.length;
}

function pick(nums, target) {
    const d = zeroOf(nums);
    const missing = d === 0 ? null : nums;
    return [missing.length, target]; // LC-LINE
}

var twoSum = function(nums, target) {
    return pick(nums, target);
};
