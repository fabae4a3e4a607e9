/**
 * N/http as a Suitelet uses it: the enums of its ServerRequest and ServerResponse (the request and response
 * themselves are built per call, suitelet.ts). Outbound requests (get, post, request) are not emulated.
 */
import { notEmulated } from '../errors';

export function createHttpModule() {
  return {
    Method: Object.freeze({ GET: 'GET', POST: 'POST', PUT: 'PUT', DELETE: 'DELETE', HEAD: 'HEAD' }),
    RedirectType: Object.freeze({ RECORD: 'RECORD', SUITELET: 'SUITELET', RESTLET: 'RESTLET', MEDIA_ITEM: 'MEDIAITEM', TASK_LINK: 'TASKLINK' }),
    request() {
      throw notEmulated('http.request');
    },
    get() {
      throw notEmulated('http.get');
    },
    post() {
      throw notEmulated('http.post');
    },
  };
}
