function first(nums) {
    return nums[0];
}

var twoSum = function(nums, target) {
    const a = first(nums);
    return [a, target;  // LC-LINE
};
