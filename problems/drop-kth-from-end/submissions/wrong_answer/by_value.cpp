// Wrong: finds the value of the k-th node from the end, then removes the FIRST node holding
// that value, which is a different node when values repeat.
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int k) {
        vector<int> vals;
        for (ListNode* p = head; p; p = p->next) vals.push_back(p->val);
        int target = vals[vals.size() - k];
        ListNode dummy(0, head);
        for (ListNode* p = &dummy; p->next; p = p->next) {
            if (p->next->val == target) {
                p->next = p->next->next;
                break;
            }
        }
        return dummy.next;
    }
};
