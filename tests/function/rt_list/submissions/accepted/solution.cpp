/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */
class Solution {
public:
    ListNode* echoList(ListNode* value) {
        // rebuild the list node by node (iteratively: lists can be long)
        ListNode dummy;
        ListNode* tail = &dummy;
        for (ListNode* p = value; p; p = p->next) {
            tail->next = new ListNode(p->val);
            tail = tail->next;
        }
        return dummy.next;
    }
};
