class Solution {
public:
    string repeatWord(string word, int times, bool suffix, char tail) {
        string ans;
        for (int i = 0; i < times; i++) ans += word;
        if (suffix) ans += tail;
        return ans;
    }
};
