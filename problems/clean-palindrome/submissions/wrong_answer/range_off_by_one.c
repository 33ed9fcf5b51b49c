/* Classifies by ASCII ranges but uses '@'..'Z' and '`'..'z': '@' and '`' count as letters. */
static bool keep(char c) {
    return (c >= '0' && c <= '9') || (c >= '@' && c <= 'Z') || (c >= '`' && c <= 'z');
}

bool isPalindrome(char* s) {
    int i = 0, j = (int)strlen(s) - 1;
    while (i < j) {
        if (!keep(s[i])) { i++; continue; }
        if (!keep(s[j])) { j--; continue; }
        char a = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
        char b = s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j];
        if (a != b) return false;
        i++;
        j--;
    }
    return true;
}
