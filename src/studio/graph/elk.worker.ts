// ELK's layout engine in a worker of its own: the layered layout of a 50-beat meeting takes long
// enough to be felt, and the page must keep answering meanwhile. The module, loaded in a worker, answers
// elk-api's messages itself (it sets self.onmessage when there is no document).
import "elkjs/lib/elk-worker.min.js";
