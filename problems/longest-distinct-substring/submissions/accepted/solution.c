int lengthOfLongestSubstring(char* s) {
    int last[128];
    for (int c = 0; c < 128; c++) last[c] = -1;
    int left = 0, best = 0;
    for (int i = 0; s[i]; i++) {
        int c = (unsigned char)s[i] & 127;
        if (last[c] >= left) left = last[c] + 1;
        last[c] = i;
        if (i - left + 1 > best) best = i - left + 1;
    }
    return best;
}
